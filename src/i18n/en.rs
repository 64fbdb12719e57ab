//! English texts.

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
const SECRET_REFUSED: &str = "That looks like a secret (a long random string), so it was not kept. This guide never stores secrets: keep it in your password manager or key vault.";

fn list(ids: &[sia::PersonId], names: &Names) -> String {
    ids.iter().map(|id| names(*id)).collect::<Vec<_>>().join(", ")
}

fn rule(r: Rule) -> &'static str {
    match r {
        Rule::F1 => "Only an admin who made a connection can disconnect it.",
        Rule::F2 => "An admin on the User Access list cannot connect until the connected admin takes that access away.",
        Rule::F3 => "Any admin who is neither connected nor on the User Access list may connect, even while someone else is connected.",
        Rule::F4 => "Users keep Marketo only while at least one admin stays connected, so the new admin connects before the old one leaves.",
        Rule::F5 => "The admin who holds the integration can leave safely only once another admin has connected and they have disconnected.",
        Rule::F6 => "Access is given to people already in the instance, with the workspace fixed when it is given.",
        Rule::F7 => "Once data sync has been started, the instance's original user (the one the first invite went to) must stay in the instance.",
        Rule::X1 => "In this practice console an admin who is connected has nothing more to connect.",
        Rule::X2 => "In this practice console another admin removes a person; nobody removes themselves.",
        Rule::D1 => "Step 1 (installing the Marketo solution) has to be finished first.",
        Rule::D2 => "The Marketo User must be a dedicated sync user, never someone's everyday CRM account.",
        Rule::D3 => "Which users need the Marketo Sync User role depends on the solution version.",
        Rule::D4 => "Customizations have to be published after the last configuration change.",
        Rule::D5 => "The custom sync filter is a Two Options field called exactly new_synctomkto.",
        Rule::D6 => "Before Step 3, run Validate Microsoft Dynamics Sync (and, for a password sync user, sign in as it once).",
        Rule::D7 => "The user needs a usable, unique name and an address-shaped e-mail.",
        Rule::S1 => "The server-to-server steps belong to the server-to-server connection.",
        Rule::S2 => "The app registration accepts accounts of your own directory only (single tenant).",
        Rule::S3 => "Step 3 needs the app's client ID and your tenant ID, both GUIDs, written down exactly.",
        Rule::S4 => "An administrator grants admin consent for the app before Marketo can use it.",
        Rule::S5 => "A client secret's value is shown once only; copy it then. This guide never keeps a secret.",
        Rule::S6 => "The application user holds the Marketo Sync User role, and its e-mail is the user name Step 3 asks for.",
        Rule::S7 => "Step 3 cannot change the organization URL later: write it down, check it and confirm it.",
        Rule::S8 => "Microsoft Entra gives a client secret 24 months at most, and recommends less than 12.",
    }
}

fn why(w: &Why, names: &Names) -> String {
    match w {
        Why::ActorNotInInstance => "This person is not in the instance.".into(),
        Why::ActorNotAdmin => "Only admins can do this.".into(),
        Why::AlreadyConnected => "Already connected.".into(),
        Why::ActorHasAccess => "This admin is on the User Access list, so Connect is not available to them.".into(),
        Why::ActorNotConnected => "Only an admin who holds a connection can do this.".into(),
        Why::NobodySelected => "No one is selected.".into(),
        Why::NotInInstance(p) => format!("{} is not in the instance.", names(*p)),
        Why::AlreadyHasAccess(p) => format!("{} already has access.", names(*p)),
        Why::HasNoAccess(p) => format!("{} has no access to remove.", names(*p)),
        Why::CannotRemoveSelf => "Admins cannot remove themselves.".into(),
    }
}

fn way_out(w: &WayOut, names: &Names) -> String {
    match w {
        WayOut::AskAnAdmin => "Ask an admin of the instance.".into(),
        WayOut::AlreadyDone => "Nothing to do here.".into(),
        WayOut::RemoveAccessFirst { by } if by.is_empty() => {
            "No admin is connected: an admin who is not on the list connects first, then removes this access.".into()
        }
        WayOut::RemoveAccessFirst { by } => {
            format!("First {} removes this access on the User Access tab.", list(by, names))
        }
        WayOut::AskConnectedAdmin { admins } if admins.is_empty() => {
            "No admin is connected right now: an admin who is not on the User Access list connects first.".into()
        }
        WayOut::AskConnectedAdmin { admins } => format!("Ask {}, who holds the connection.", list(admins, names)),
        WayOut::ChooseSomeone => "Select at least one person.".into(),
        WayOut::AddToInstanceFirst => "Add them to the instance first.".into(),
        WayOut::RemoveAndGrantAgain => "To change the workspace, remove the access and give it again.".into(),
        WayOut::AskAnotherAdmin => "Ask another admin to do it.".into(),
    }
}

fn sia_step_title(kind: StepKind, actor: &str, leaving: &str, incoming: &str) -> String {
    match kind {
        StepKind::Reconnect => format!("{actor} connects again to bring the integration back"),
        StepKind::RemoveIncomingAccess => format!("{actor} removes {incoming}'s access to the integration"),
        StepKind::IncomingConnects => format!("{incoming} makes a new connection"),
        StepKind::LeavingDisconnects => format!("{leaving} disconnects"),
        StepKind::RemoveLeaving => format!("Remove {leaving} from the instance"),
    }
}

fn sia_step_why(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Reconnect => "Nobody holds a connection, and only a connected admin can take access away. (Whether connecting again also gives everyone on the list their Marketo back is not documented.)",
        StepKind::RemoveIncomingAccess => "While the new admin is on the User Access list, Connect is not available to them.",
        StepKind::IncomingConnects => "This gives the integration a second connected admin, so nobody is cut off later.",
        StepKind::LeavingDisconnects => "The new admin is connected now, so everyone else keeps Marketo.",
        StepKind::RemoveLeaving => "The integration no longer depends on this admin, and they are not the instance's original user after data sync.",
    }
}

fn sia_skip(reason: SkipReason, leaving: &str, incoming: &str) -> String {
    match reason {
        SkipReason::IncomingHasNoAccess => format!("{incoming} is not on the User Access list."),
        SkipReason::IncomingAlreadyConnected => format!("{incoming} is connected already."),
        SkipReason::LeavingNotConnected => format!("{leaving} is not connected."),
        SkipReason::LeavingNotInInstance => format!("{leaving} is no longer in the instance."),
        SkipReason::KeepOriginalUser => format!(
            "Keep {leaving} in the instance: they are, or may be, its original user, and data sync is, or may be, running. Adobe's setup guide cautions against removing that user once data sync has started. If you know either answer is No, change it above."
        ),
    }
}

fn sia_crumb(c: Crumb, names: &Names) -> String {
    match c {
        Crumb::Gear => "Gear icon".into(),
        Crumb::Settings => "Settings".into(),
        Crumb::Marketo => "Marketo".into(),
        Crumb::UserAccess => "User Access".into(),
        Crumb::SearchFor(p) => format!("Search for {}", names(p)),
        Crumb::RemoveAccess => "Remove access".into(),
        Crumb::Connect => "Connect".into(),
        Crumb::Disconnect => "Disconnect".into(),
        Crumb::RemoveFromInstance => {
            "Wherever your instance manages its users (the Marketo pages do not cover it)".into()
        }
    }
}

fn sia_cannot_plan(c: &CannotPlan) -> &'static str {
    match c {
        CannotPlan::SamePerson => "The leaving admin and the new admin are the same person. Enter two different people.",
        CannotPlan::IncomingNotInInstance => "The new admin is not in the instance. Add them as an admin first.",
        CannotPlan::IncomingNotAdmin => "The person taking over is not an admin, and only an admin can connect. Ask an admin of the instance to give them the admin role, then come back to this handoff.",
        CannotPlan::NobodyCanRemoveAccess => "The new admin is on the User Access list, nobody is connected, and no other admin is free to connect and remove that access. Ask Adobe support.",
        CannotPlan::Internal => "The planner could not work out the steps (a fault in this guide, not in your answers). Start over, and tell whoever maintains this page.",
    }
}

fn sia_hazard(h: &Hazard, names: &Names) -> String {
    match h {
        Hazard::LastConnectionWhileUsersRely { users, .. } => format!(
            "This is the last connection. Disconnecting takes the integration down and {} lose Marketo.",
            list(users, names)
        ),
        Hazard::RemovesConnectedAdmin { admin, users, .. } if users.is_empty() => {
            format!("{} still holds a connection. The Marketo pages do not say what happens next; this practice treats the integration as down.", names(*admin))
        }
        Hazard::RemovesConnectedAdmin { admin, users, .. } => format!(
            "{} still holds a connection. The Marketo pages do not say what happens next; this practice treats the integration as down, so {} lose Marketo.",
            names(*admin),
            list(users, names)
        ),
        Hazard::RemovesOriginalUser { person, .. } => format!(
            "{} is the instance's original user and data sync is running. Adobe's setup guide cautions against removing them; it does not say what then fails, and there is no undo.",
            names(*person)
        ),
    }
}

fn sia_effect(e: &Effect, names: &Names) -> String {
    match e {
        Effect::Connected { admin } => format!("{} is connected.", names(*admin)),
        Effect::IntegrationRestored { users } => format!("This practice brings the integration back: {} reach Marketo again.", list(users, names)),
        Effect::Disconnected { admin } => format!("{} is disconnected.", names(*admin)),
        Effect::IntegrationDown { users_lost, .. } if users_lost.is_empty() => "The integration is down.".into(),
        Effect::IntegrationDown { users_lost, .. } => format!("The integration is down: {} lost Marketo.", list(users_lost, names)),
        Effect::AccessGranted { users, workspace } => format!(
            "Access given to {} (workspace: {}).",
            list(users, names),
            match workspace {
                sia::Workspace::Default => "Default".to_string(),
                sia::Workspace::Named(n) => n.clone(),
            }
        ),
        Effect::GrantedSoonAfterConnect { minutes_left } => format!(
            "The help pages suggest waiting ten minutes after a new connection before giving access ({minutes_left} min to go)."
        ),
        Effect::AccessRemoved { user } => format!("{} no longer has access.", names(*user)),
        Effect::PersonRemoved { person } => format!("{} was removed from the instance.", names(*person)),
        Effect::OriginalUserRemoved { person } => format!(
            "Mistake: {} was the instance's original user, removed after data sync started. Adobe's setup guide warns against this; this practice cannot undo it.",
            names(*person)
        ),
    }
}

fn sia_did(a: &Action, actor: &str, names: &Names) -> String {
    match a {
        Action::Connect => format!("{actor} clicked Connect"),
        Action::Disconnect => format!("{actor} clicked Disconnect"),
        Action::GrantAccess { users, .. } => format!("{actor} gave access to {}", list(users, names)),
        Action::RemoveAccess { user } => format!("{actor} removed access for {}", names(*user)),
        Action::RemovePerson { person } => format!("{actor} removed {} from the instance", names(*person)),
    }
}

fn version_error(e: &VersionError) -> String {
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

fn text_problem(p: &TextProblem) -> String {
    let max = dynamics::MAX_TEXT_CHARS;
    match p {
        TextProblem::NameEmpty => "Enter a name.".into(),
        TextProblem::NameTooLong => format!("That name is too long ({max} characters at most)."),
        TextProblem::NameTaken => {
            "A user with that name exists already; Step 3 needs a name that matches exactly one user.".into()
        }
        TextProblem::EmailEmpty => "Enter the e-mail address the sign-in details go to (a real inbox).".into(),
        TextProblem::EmailNotAnAddress => "That does not look like an e-mail address (name@domain).".into(),
        TextProblem::EmailTooLong => format!("That address is too long ({max} characters at most)."),
        TextProblem::LooksLikeSecret => {
            "That looks like a secret, so it was not kept. Never type a secret here.".into()
        }
    }
}

fn dyn_why(w: &dynamics::Why) -> String {
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
        Y::Note(r) => return s2s_refused(*r).into(),
        Y::SameValue => "That value is written down already.",
        Y::Url(e) => return s2s_problem(&NoteProblem::OrgUrl(e.clone())),
        Y::AlreadyConfirmed => "The organization URL is confirmed already.",
        Y::NotConfirmed => "The organization URL is not confirmed.",
    };
    text.into()
}

fn dyn_way_out(w: &dynamics::WayOut) -> &'static str {
    use dynamics::WayOut as W;
    match w {
        W::DoStepOne => "Finish Step 1 of 3 first.",
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

fn dyn_effect(e: &dynamics::Effect, names: &UserNames) -> String {
    use dynamics::Effect as E;
    match e {
        E::UserCreated { user } => format!("User {} created.", names(*user)),
        E::CredentialsSent { user } => format!("Sign-in details for {} sent by e-mail.", names(*user)),
        E::RoleAssigned { user } => format!("{} has the Marketo Sync User role.", names(*user)),
        E::RoleNotNeeded { user } => {
            format!("With this version {} does not need the role; it does no harm.", names(*user))
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
                Page::AppRegistrations => s2s(S2sText::AppRegistrations),
                Page::NewRegistration => s2s(S2sText::NewRegistration),
                Page::App { tab: AppTab::Overview, .. } => s2s(S2sText::Overview),
                Page::App { tab: AppTab::CertificatesSecrets, .. } => s2s(S2sText::CertificatesSecrets),
                Page::App { tab: AppTab::ApiPermissions, .. } => s2s(S2sText::ApiPermissions),
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
        E::Recorded { field } => format!("{} written down for Step 3.", s2s_field(*field)),
        E::ConfirmationCleared => "The organization URL changed, so its confirmation was withdrawn: check it and confirm again.".into(),
        E::UrlConfirmed(true) => "Organization URL confirmed.".into(),
        E::UrlConfirmed(false) => "Organization URL confirmation withdrawn.".into(),
        E::MarketoUserLacksRole { user } => format!(
            "Mistake: {} is the Marketo User but does not have the Marketo Sync User role yet, so the sync would be refused. Give it the role in Security roles.",
            names(*user)
        ),
    }
}

fn quoted(text: &str) -> String {
    if text.is_empty() {
        "(no description)".into()
    } else {
        format!("\u{201c}{text}\u{201d}")
    }
}

fn s2s_field(f: NoteField) -> &'static str {
    match f {
        NoteField::ClientId => "Application (client) ID",
        NoteField::TenantId => "Directory (tenant) ID",
        NoteField::AppUserEmail => "Application user's e-mail",
        NoteField::OrgUrl => "Organization URL",
    }
}

fn s2s_refused(r: NoteRefused) -> &'static str {
    match r {
        NoteRefused::LooksLikeSecret => SECRET_REFUSED,
        NoteRefused::TooLong => "That is far too long for this field, so it was not kept.",
    }
}

fn s2s_problem(p: &NoteProblem) -> String {
    match p {
        NoteProblem::Guid(e) => match e {
            GuidError::Empty => "Enter the ID.".into(),
            GuidError::TooLong => "That is far too long to be an ID.".into(),
            GuidError::LooksLikeSecret => s2s_refused(NoteRefused::LooksLikeSecret).into(),
            GuidError::WrongGroups { found } => format!(
                "An ID has five groups of 8-4-4-4-12 characters joined by hyphens; this has groups of {}.",
                found.iter().map(|n| n.to_string()).collect::<Vec<_>>().join("-")
            ),
            GuidError::NotHex { position, character } => {
                format!("Character {position} (\u{201c}{character}\u{201d}) cannot be in an ID: only 0-9 and a-f can.")
            }
            GuidError::Nil => "All zeros is a placeholder, not a real ID: copy the one on the app's Overview.".into(),
        },
        NoteProblem::UserName(e) => match e {
            UserNameError::Empty => "Enter the e-mail address.".into(),
            UserNameError::TooLong => "That is far too long to be a user name.".into(),
            UserNameError::LooksLikeSecret => s2s_refused(NoteRefused::LooksLikeSecret).into(),
            UserNameError::HasSpace => "A user name has no spaces.".into(),
            UserNameError::NotAnAddress => "Use the form user@domain.com or DOMAIN\\user.".into(),
        },
        NoteProblem::OrgUrl(e) => {
            match e {
                OrgUrlError::Empty => "Enter the organization URL.".into(),
                OrgUrlError::TooLong => "That is far too long to be an organization URL.".into(),
                OrgUrlError::LooksLikeSecret => s2s_refused(NoteRefused::LooksLikeSecret).into(),
                OrgUrlError::NotHttps { scheme: Some(scheme) } => {
                    format!("It must start with https://, not {scheme}://.")
                }
                OrgUrlError::NotHttps { scheme: None } => "It must start with https://.".into(),
                OrgUrlError::ExtraParts => "Leave out any user name, password or port.".into(),
                OrgUrlError::HasPath => {
                    "Paste the Organization Service URL as Dynamics shows it (ending in /XRMServices/2011/Organization.svc) or the organization's address alone, without anything else after it.".into()
                }
                OrgUrlError::NotAHost { host } => {
                    format!("\u{201c}{host}\u{201d} is not a web address. Copy the Organization Service URL from Developer Resources.")
                }
                OrgUrlError::OtherService { host } => {
                    format!("{host} belongs to another service (a sign-in page, an admin center or Marketo), not to your Dynamics organization. Copy the Organization Service URL from Developer Resources.")
                }
                OrgUrlError::BadOrgName { name } => {
                    format!("\u{201c}{name}\u{201d} cannot be an organization name: letters, digits and hyphens only.")
                }
            }
        }
    }
}

fn s2s(t: S2sText) -> &'static str {
    use S2sText as T;
    match t {
        T::ConnectionLegend => "Connection",
        T::ConnectionS2s => "Server-to-server (OAuth)",
        T::ConnectionPassword => "Sync user with a password",
        T::ConnectionHelp => "Setting up the sync now? Choose server-to-server: it is what Adobe's current pages describe. Choose the password variant only if your existing set-up signs in with a sync user's password.",
        T::S2sIntro => "Marketo signs in to Dynamics as an app: register it in Microsoft Entra ID, give it consent and a secret, make its application user with the sync role, then point the Marketo solution at it and publish.",
        T::S2sStep3Body => "In Marketo you will enter the application user's e-mail, the client ID, the client secret you saved, the tenant ID and the organization URL. Keep the card below at hand.",
        T::ConfirmUrl => "I have checked the organization URL",
        T::ConfirmUrlHelp => "Step 3 cannot change it later: a wrong address means a new Marketo subscription.",
        T::ExpiresLabel => "Client secret expires on",
        T::ExpiresHelp => "Optional. Only the date: never the secret itself.",
        T::CardTitle => "For Step 3",
        T::CardIntro => "Step 3 asks for exactly these values. Copy them from here.",
        T::Copy => "Copy",
        T::Copied => "Copied",
        T::CopyFailed => "This page does not allow copying; select the text and copy it by hand.",
        T::NotYet => "Not written down correctly yet",
        T::SecretRow => "Client secret",
        T::SecretRowText => "The value you saved in a safe place. Never enter it here.",
        T::EntraConsole => "Microsoft Entra admin center (simulated)",
        T::EntraHint => "You are an administrator of the training tenant. Nothing here is real.",
        T::PpacConsole => "Power Platform admin center (simulated)",
        T::PpacHint => "The training environment's application users and their security roles.",
        T::AppRegistrations => "App registrations",
        T::NewRegistration => "New registration",
        T::AppName => "Name",
        T::AccountTypes => "Supported account types",
        T::SingleTenant => "Accounts in this organizational directory only",
        T::MultiTenant => "Accounts in any organizational directory (multitenant)",
        T::Register => "Register",
        T::NoApps => "No app registrations yet.",
        T::Open => "Open",
        T::Overview => "Overview",
        T::CertificatesSecrets => "Certificates & secrets",
        T::ApiPermissions => "API permissions",
        T::AccountTypeSingle => "This organization only",
        T::AccountTypeMulti => "Any organization (multitenant)",
        T::MakeSingleTenant => "Change to this organizational directory only",
        T::NewClientSecret => "New client secret",
        T::Description => "Description",
        T::Add => "Add",
        T::SecretValue => "Value",
        T::CopyValue => "Copy value",
        T::SecretShownOnceHint => "The value is shown now and never again. Copy it before you leave this page.",
        T::SecretHidden => "Hidden for good",
        T::SecretCopied => "Copied to a safe place",
        T::SecretLost => "Not copied: the value is gone",
        T::PracticeValue => "practice value, not a real secret",
        T::NoSecrets => "No client secrets yet.",
        T::GrantAdminConsent => "Grant admin consent",
        T::ConsentGranted => "Admin consent: granted",
        T::ConsentNotGranted => "Admin consent: not granted",
        T::ApplicationUsers => "Application users",
        T::NewAppUser => "New app user",
        T::AppLabel => "App",
        T::Create => "Create",
        T::SecurityRoles => "Security roles",
        T::MarketoSyncUser => "Marketo Sync User",
        T::NoAppUsers => "No application users yet.",
        T::EmailColumn => "E-mail",
        T::Environment => "Environment: Contoso training",
        T::Expires => "Expires",
        T::BusinessUnit => "Business unit",
        T::ChooseBusinessUnit => "Choose a business unit",
        T::RootBusinessUnit => "contoso-training (root business unit)",
        T::UrlCautionConfirm => "Check this before you confirm",
        T::NotesLegend => "Write down for Step 3",
        T::NotesHint => "Copy each value from the simulated portals, as you would into your own notes.",
        T::AppUserName => "the application user",
        T::FromValues => "Done by itself once the values are right",
    }
}

fn s2s_day_error(e: DayError) -> String {
    match e {
        DayError::NotADate => "Enter a date as year-month-day.".into(),
        DayError::NoSuchDay => "The calendar has no such day.".into(),
        DayError::OutOfRange => "That year looks like a typing mistake.".into(),
        DayError::TooFarAhead { latest } => format!(
            "Microsoft Entra gives a client secret 24 months at most, so it expires by {latest} at the latest. Check the date on Certificates & secrets."
        ),
    }
}

fn s2s_caution(c: &OrgUrlCaution) -> &'static str {
    match c {
        OrgUrlCaution::OtherCloud => "This is the address of another Dynamics 365 cloud (a government or regional one). If that is where your organization lives, it is right: compare it with Service Endpoints before you confirm.",
        OrgUrlCaution::UnusualDynamicsHost => "This is not the usual yourorg.crm.dynamics.com shape. Compare it with the Organization Service URL in Developer Resources before you confirm.",
        OrgUrlCaution::CustomDomain => "This is not a dynamics.com address. If your organization uses its own domain it may be right: compare it with the Organization Service URL in Developer Resources before you confirm.",
    }
}

fn s2s_lifetime(l: SecretLifetime) -> &'static str {
    match l {
        SecretLifetime::Days90 => "90 days (3 months)",
        SecretLifetime::Days180 => "Recommended: 180 days (6 months)",
        SecretLifetime::Days365 => "365 days (12 months)",
        SecretLifetime::Days545 => "545 days (18 months)",
        SecretLifetime::Days730 => "730 days (24 months)",
    }
}

pub const EN: Catalog = Catalog {
    mode: "Mode",
    guide: "Guide",
    practice: "Practice",
    guide_hint: "Tick off steps while you do the real task.",
    practice_hint: "Try it on a simulated console. Nothing real changes.",
    language: "Language",
    start_over: "Start over",
    start_over_question: "Clear everything saved for this guide and start again?",
    start_over_yes: "Yes, start over",
    cancel: "Cancel",
    yes: "Yes",
    no: "No",
    progress: |done, total| format!("{done} of {total} steps done"),
    step_of: |n, m| format!("Step {n} of {m}"),
    all_done: "All steps are done.",
    status_done: "Completed",
    status_current: "Do this now",
    status_later: "Not started",
    status_skipped: "Not needed",
    status_waiting: |who| format!("Waiting for {who}"),
    recovery: "Recovery",
    where_to_click: "Where to click",
    mark_done: "Done",
    note: "Note",
    warning: "Warning",
    why_label: "Why",
    show_steps: "Show the clicks",
    hide_steps: "Hide the clicks",
    activity: "Activity",
    activity_empty: "Nothing has happened yet.",
    acting_as: "Acting as",
    checklist: "Checklist",
    confirm_title: "Are you sure?",
    confirm_do: "Do it anyway",
    crashed: "This guide stopped working because of an internal error. Reload the page to try again; your saved progress is kept.",
    bad_attribute: |b| format!("This guide cannot be shown: {} has the value \u{201c}{}\u{201d}, which it does not know. Use one of: {}.", b.attribute, b.value, b.accepted.join(", ")),
    share_progress: "Share progress",
    link_to_share: "Link to share",
    share_copied: "The link is copied. Send it to the other admin: it carries your progress, and nothing is sent anywhere else.",
    share_not_copied: "Copy the link above and send it to the other admin.",
    share_mail: "Send it by e-mail",
    share_mail_subject: "Marketo setup guide: my progress",
    share_mail_body: |link| format!("Here is where I am in the Marketo setup guide. Open this link to see my progress and your next step:\n\n{link}\n"),
    offer_title: "Progress shared with a link",
    who: |badge, name| if badge == name { badge.to_string() } else { format!("{badge} ({name})") },
    offer_from: |who, done, total| format!("This link carries progress up to {who}: {done} of {total} steps done."),
    offer_from_someone: |done, total| format!("This link carries progress: {done} of {total} steps done."),
    offer_you: |who, title| format!("You are {who}: your step is “{title}”."),
    offer_next: |title| format!("The next step is “{title}”."),
    offer_all_done: "Every step is done.",
    offer_load: "Load this progress",
    offer_not_now: "Not now",
    offer_loaded: "Loaded: the link's progress is merged with yours.",
    link_too_long: "This link is too long to be a progress link from this guide, so it was not read. Nothing here has changed.",
    link_damaged: "This progress link is incomplete or was changed on the way, so it cannot be read. Nothing here has changed. Ask for the link again.",
    link_newer: "This progress link comes from a newer version of this guide and cannot be read here. Nothing here has changed.",
    link_other_guide: |title| format!("This progress link is for the guide “{title}”, which is not on this page. Nothing here has changed."),
    copy_step_link: "Copy link to this step",
    link_copied: "Link to this step copied.",
    link_not_copied: |link| format!("Copy this link to the step: {link}"),
    storage_blocked: "This page cannot save progress here, so it will be lost when you leave.",
    storage_corrupt: "The saved progress could not be read, so this guide started fresh. The unreadable copy was kept aside.",
    storage_newer: "This progress was saved by a newer version of this guide. It cannot be shown or changed here, and it is kept exactly as it is. Open the page where the newer guide is published, or ask whoever maintains this page to update it.",
    storage_quota: "The browser's storage is full, so recent changes are not saved yet. They will be retried on your next change.",
    download_quarantined: "Download the unreadable copy",
    announce_step_done: |step| format!("Done: {step}"),
    announce_all_done: "Every step is done.",
    rule,
    rule_label: "Rule:",
    not_available: "Not available:",
    log_earlier: |n| format!("{n} earlier actions are no longer listed."),
    loading_practice: "Loading the practice console…",
    practice_failed: "The practice console could not be downloaded. The guide still works; check the connection and try again.",
    try_again: "Try again",
    secret_refused: SECRET_REFUSED,
    more: "More",
    change: "Change",
    next_step: "Next step",
    tools: "Tools",
    source: |title| format!("Source: {title}"),
    not_documented: "Not in the official documentation",
    advice: "This guide's own advice.",
    simulation: "How this practice models it.",
    sources: "Sources",
    new_tab: "opens in a new tab",
    sia_title: "Hand the Marketo integration to a new admin",
    sia_name: "Name",
    dyn_title: "Step 2 of 3: set up the identity Marketo syncs as",
    #[cfg(feature = "sia-handoff")]
    sia: SiaTexts {
        sia_kicker: "Sales Insight Actions",
        sia_intro: "The integration belongs to the admin who connected it. Move it to another admin in an order that keeps everyone else connected.",
        sia_answers: |a, b| format!("Handing the integration from {a} to {b}."),
        sia_situation: "Your situation",
        sia_leaving_name: "Admin who is leaving (Admin A)",
        sia_incoming_name: "Admin taking over (Admin B)",
        sia_q_access: |b| format!("Is {b} on the User Access list?"),
        sia_q_leaving_connected: |a| format!("Is {a} connected to Marketo?"),
        sia_q_incoming_connected: |b| format!("Is {b} connected to Marketo?"),
        sia_q_others: "Do other users reach Marketo through this integration?",
        sia_q_original: |a| format!("Is {a} the instance's original user (the first invite went to them)?"),
        sia_q_data_sync: "Has data sync been started on this instance?",
        sia_q_original_help: "Adobe's setup guide cautions against removing that user once data sync has started. Not sure? The checklist then keeps them.",
        sia_unsure: |u| match u {
            Unsure::Yes => "Yes",
            Unsure::No => "No",
            Unsure::NotSure => "Not sure",
        },
        sia_errata_cannot_connect: None,
        sia_situation_error: |e| match e {
            SituationError::LeavingName(_) | SituationError::IncomingName(_) => "Enter a name of 1 to 80 characters.".into(),
            SituationError::Replay(_) => "These answers describe a situation the rules do not allow. Check them again.".into(),
        },
        sia_step_title,
        sia_step_why,
        sia_skip,
        sia_errata: "About the source page: its instructions for this step say to click Disconnect. That is a slip; its own summary and notes make clear the new admin clicks Connect.",
        sia_crumb,
        sia_cannot_plan,
        sia_why: why,
        sia_way_out: way_out,
        sia_hazard,
        sia_effect,
        sia_did,
        sia_console: "Settings › Marketo (simulated)",
        sia_console_hint: "Choose who you are, then use the controls as that person would. Unavailable controls say why.",
        sia_connected_as: |names| format!("Connected: {names}"),
        sia_integration_down: "The integration is down: nobody holds a connection.",
        sia_connect: "Connect",
        sia_disconnect: "Disconnect",
        sia_user_access: "User Access",
        sia_user_access_empty: "Nobody is on the list.",
        sia_workspace: "Workspace",
        sia_remove_access: "Remove access",
        sia_grant_legend: "Give access",
        sia_workspace_label: "Workspace (leave blank for Default)",
        sia_grant: "Connect selected users",
        sia_people: "People in the instance",
        sia_role: "Role",
        sia_admin: "Admin",
        sia_user: "User",
        sia_remove_person: "Remove from instance",
        sia_default_workspace: "Default",
        sia_complete: "Handoff complete: the new admin holds the integration and nobody lost Marketo.",
        sia_complete_after_outage: "Handoff complete: the new admin holds the integration. Along the way some users lost Marketo for a while; the real order avoids that.",
        sia_badge_leaving: "Admin A",
        sia_badge_incoming: "Admin B",
        sia_others_name: "other users",
    },
    #[cfg(feature = "dynamics-sync-user")]
    dy: DynTexts {
        dyn_kicker: "Marketo and Microsoft Dynamics",
        dyn_intro: |c| match c {
            Connection::ServerToServer => "Marketo signs in to Dynamics as the application user of an app you register. Register the app, make its application user with the sync role, point the Marketo solution at it and publish.",
            Connection::SyncUserPassword => "Older set-ups sign in with a dedicated sync user and its password. Create that user, give it the role, point the Marketo solution at it and publish.",
        },
        dyn_heading: |c| match c {
            Connection::ServerToServer => "Step 2 of 3: set up the application user Marketo syncs as",
            Connection::SyncUserPassword => "Step 2 of 3: set up the Marketo sync user (password)",
        },
        dyn_answers: |c, v| match v { Some(v) => format!("{c}; Marketo solution {v}."), None => format!("{c}.") },
        dyn_step1_title: "Before this: Step 1 of 3",
        dyn_step1_body: |v| match v {
            Some(v) => format!("The Marketo solution is installed in Dynamics (version {v})."),
            None => "Download the Marketo solution from Marketo (Admin › CRM › Microsoft › Download Marketo Solution), import it in Dynamics (Settings › Solutions) and publish it. Without it, Marketo Config is missing.".into(),
        },
        dyn_credentials_to: |email| format!("The sign-in details will go to {email}."),
        dyn_step3_title: "Next: Step 3 of 3",
        dyn_step3_body: |name| format!("Connect Marketo to Dynamics with the sync user's sign-in. Type the user name exactly as created: {name}."),
        dyn_questions: "Your set-up",
        dyn_version_label: "Installed Marketo solution version",
        dyn_version_help: "Four numbers separated by dots, as shown in Dynamics, for example 4.0.0.14.",
        version_error,
        dyn_name_label: "Sync user's user name (need not be a real mailbox)",
        dyn_email_label: "E-mail for the sign-in details (a real inbox)",
        dyn_filter_label: "I want a custom sync filter (optional)",
        dyn_section: |s| match s {
            Section::CreateUser => "Create the sync user",
            Section::AssignRole => "Give it the sync role",
            Section::ConfigureSolution => "Point the Marketo solution at it",
            Section::BeforeStepThree => "Before you go on to Step 3",
            Section::AppRegistration => "Register the app in Microsoft Entra ID",
            Section::AppUser => "Make its application user",
        },
        dyn_step_title: |id, name| match id {
            StepId::InstallSolution => "Install the Marketo solution (Step 1 of 3)".into(),
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
            DC::ForStepThreeCard => "The \u{201c}For Step 3\u{201d} card",
            DC::OrgUrlConfirm => "I have checked the organization URL",
        },
        dyn_note: |n| match n {
            Note::DedicatedNotExisting => "Use a user made only for the sync, not a colleague's existing CRM account.",
            Note::UserNameNeedNotBeReal => "The user name is shaped like an address (name@yourdomain) but does not have to be a real mailbox.",
            Note::CredentialsEmailReal => "The sign-in details are sent to the e-mail you give at the end: use an inbox someone reads.",
            Note::OlderSetUp => "This is the older, password-based set-up. Adobe's current pages call it the ROPC connection and set it up in four steps, with an app registration of its own. For a new set-up, choose server-to-server.",
            Note::MfaOff => "Multi-factor sign-in must be turned off for the sync user, or the sync cannot sign in.",
            Note::PasswordSignInDeprecated => "Microsoft has deprecated this kind of password sign-in (WS-Trust) for Dynamics 365.",
            Note::RoleVersionRule => "From solution 4.0.0.14 only the sync user needs this role. Before 4.0.0.14, all users need it.",
            Note::EditsNotSyncedBack => "Changes this user makes in the CRM are not synced back to Marketo.",
            Note::LanguageEnglish => "One edition of the English page also asks for this user's language to be English.",
            Note::ConfigMenuMissing => "No Marketo Config in the menu? Refresh the page. If it is still missing, publish the Marketo solution again, or sign out and back in.",
            Note::NameMustMatchStepThree => "Step 3 asks for this user name; it must match exactly.",
            Note::FilterOnlyExplicitNoSkips => "Only records whose field is set to No are left out of the sync; an empty field still syncs.",
            Note::SingleTenantOnly => "Under Supported account types choose this organizational directory only. Name the app so colleagues recognise it.",
            Note::IdsForStepThree => "Both are on the app's Overview page. Step 3 asks for both.",
            Note::NoDelegatedPermission => "Server-to-server needs no delegated API permission. An application user cannot sign in interactively, so consent comes from an administrator: Grant admin consent.",
            Note::FederatedAdfs => "If your directory is federated with on-premises AD FS, the app also needs a Home Realm Discovery policy, and password hash sync must be on.",
            Note::SecretValueNotId => "Copy the Value column, not the Secret ID beside it: Marketo needs the value.",
            Note::SecretShownOnce => "The value appears once, right after Add. Copy it at once: leaving the page hides it for good, and you would have to make a new one.",
            Note::SecretNeverHere => "Keep the value in your password manager or key vault. This guide never asks for it; tick this step when it is saved.",
            Note::SecretExpiry => "Secrets expire: Entra allows 24 months at most and recommends less than 12. When yours expires, the sync stops until a new one is made and entered in Marketo. Note the date in the card to be reminded.",
            Note::AppUserEmailExact => "Step 3 enters this e-mail as the user name; it must match exactly.",
            Note::OrgUrlFinal => "Step 3 cannot change the organization URL afterwards: a wrong one needs a new Marketo subscription. Check it before you confirm.",
            Note::OrgUrlWhere => "Find it in Dynamics: Advanced Settings › Settings › Customizations › Developer Resources › Service Endpoints, Organization Service URL. Paste it as shown.",
            Note::UpgradeIsSeparate => "Moving an existing set-up from a password to OAuth is a different procedure (Reconfigure Dynamics Authentication Method); at Step 3, Marketo Support supplies the extra settings.",
            Note::BusinessUnit => "The New app user panel also asks for the business unit: choose the one the sync should work in.",
        },
        dyn_not_applicable: |n| match n {
            NotApplicable::RoleOnlyForSyncUser => "From version 4.0.0.14 only the sync user needs the role.",
            NotApplicable::FilterNotWanted => "You chose not to use a custom sync filter.",
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
        },
        dyn_warning: |w, names| match w {
            dynamics::Warning::EditsNotSyncedBack => "Edits the sync user makes in the CRM will not reach Marketo.".into(),
            dynamics::Warning::LanguageEnglish => "One edition of the English page asks for the sync user's language to be English.".into(),
            dynamics::Warning::RoleNotNeeded { users } => format!(
                "{} hold the role without needing it with this version. Harmless.",
                users.iter().map(|u| names(*u)).collect::<Vec<_>>().join(", ")
            ),
            dynamics::Warning::SecretExpires { on } => s2s_reminder(&on.to_string()),
            dynamics::Warning::UpgradeIsSeparate => "Moving an existing set-up from a password to OAuth is a separate procedure (Reconfigure Dynamics Authentication Method); at Step 3, Marketo Support supplies the extra settings.".into(),
        },
        dyn_why,
        dyn_way_out,
        dyn_effect,
        dyn_readiness: "Ready for Step 3?",
        dyn_ready: "Ready: everything Step 3 needs is in place.",
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
        dyn_prep_legend: "Preparations for Step 3",
        dyn_want_filter: "Use a custom sync filter",
        dyn_field_name: "Field name",
        dyn_create_field: "Create field",
        dyn_validate: "Run validation",
        dyn_sign_in: "Sign in once",
        dyn_sign_in_as: "Sign in as",
        s2s,
        s2s_field,
        s2s_field_help: |f| match f {
            NoteField::ClientId => "On the app's Overview page in Microsoft Entra ID.",
            NoteField::TenantId => "On the same Overview page, below the client ID.",
            NoteField::AppUserEmail => "In the application user's details in the Power Platform admin center.",
            NoteField::OrgUrl => "The Organization Service URL from Developer Resources, such as https://yourorg.api.crm.dynamics.com/XRMServices/2011/Organization.svc.",
        },
        s2s_problem,
        s2s_refused,
        s2s_day_error,
        s2s_caution,
        s2s_lifetime,
        s2s_expiry_reminder: s2s_reminder,
        s2s_expires_on: |day| format!("Expires {day}"),
    },
    kit,
    preset_name,
    preset_goal,
    import_problem,
    kit_replace_question: |name| format!("Start “{name}”? The practice you have done so far is replaced."),
    kit_put_right: |at, what| format!("Put right at {at}: {what}"),
};

fn kit(k: KitText) -> &'static str {
    match k {
        KitText::Scenario => "Scenario",
        KitText::ScenarioHelp => "Choose where the practice starts. Reach the goal to see the debrief.",
        KitText::Goal => "Goal:",
        KitText::GoalReached => "Goal reached. Well done.",
        KitText::Debrief => "Debrief: the rules that mattered",
        KitText::Restart => "Restart scenario",
        KitText::RestartQuestion => {
            "Start this scenario again from its beginning? The practice done so far is replaced."
        }
        KitText::RestartYes => "Yes, restart",
        KitText::ReplaceYes => "Yes, start it",
        KitText::ScenarioStarted => "Scenario started.",
        KitText::Export => "Export progress",
        KitText::Exported => "Progress exported as a file.",
        KitText::Import => "Import progress",
        KitText::ImportHelp => "A file exported from this guide (JSON, 1 MiB at most).",
        KitText::ImportQuestion => "Replace the progress here with the imported file? You can undo this afterwards.",
        KitText::ImportYes => "Yes, replace it",
        KitText::Imported => "Progress imported.",
        KitText::UndoImport => "Undo import",
        KitText::ImportUndone => "Import undone: the earlier progress is back.",
        KitText::Summary => "Summary",
        KitText::SummaryClose => "Close summary",
        KitText::CopyMarkdown => "Copy as Markdown",
        KitText::Copied => "Summary copied as Markdown.",
        KitText::CopyFailed => "This page does not allow copying. Select the text below and copy it by hand.",
        KitText::Print => "Print",
        KitText::Steps => "Steps",
        KitText::NoSteps => "No steps apply yet.",
        KitText::Mistakes => "Mistakes and how they were put right",
        KitText::NoMistakes => "No mistakes.",
        KitText::Actions => "Actions in the practice",
        KitText::NoActions => "No actions yet.",
        KitText::NotPutRight => "Not put right yet.",
        KitText::FactMode => "Mode:",
        KitText::FactScenario => "Scenario:",
        KitText::FactResult => "Result:",
        KitText::FactWritten => "Written:",
        KitText::ResultReached => "goal reached",
        KitText::ResultNotYet => "goal not reached yet",
        KitText::ResultComplete => "every step done",
        KitText::ResultOpen => "steps still open",
    }
}

fn preset_name(p: Preset) -> &'static str {
    match p {
        Preset::StandardHandoff => "Standard handoff",
        Preset::IncomingConnected => "The new admin already connected",
        Preset::LeavingDisconnected => "The leaving admin disconnected too early",
        Preset::IncomingNotAdmin => "The person taking over is not an admin",
        Preset::DynamicsStandard => "Server-to-server set-up from scratch",
        Preset::DynamicsSolution3 => "Marketo solution 3.x",
        Preset::DynamicsCrmUser => "A colleague's account as the sync user",
        Preset::DynamicsNotPublished => "Configured but never published",
    }
}

fn preset_goal(p: Preset) -> &'static str {
    match p {
        Preset::StandardHandoff => {
            "Move the integration from Admin A to Admin B, remove A, and keep every user connected."
        }
        Preset::IncomingConnected => "B is connected already: finish the handoff without cutting anyone off.",
        Preset::LeavingDisconnected => "The integration is down: bring it back, then complete the handoff.",
        Preset::IncomingNotAdmin => {
            "Act as the person taking over to find what stops them, without cutting anyone off."
        }
        Preset::DynamicsStandard => "Register the app, make its application user and reach “ready for Step 3”.",
        Preset::DynamicsSolution3 => {
            "With solution 3.x, give the role to everyone who syncs and reach “ready for Step 3”."
        }
        Preset::DynamicsCrmUser => {
            "Swap the colleague's account for a dedicated sync user and reach “ready for Step 3”."
        }
        Preset::DynamicsNotPublished => "Finish what the last admin left undone and reach “ready for Step 3”.",
    }
}

fn import_problem(p: &ImportProblem) -> String {
    match p {
        ImportProblem::TooBig { bytes } => format!(
            "This file is {} KiB; progress files are 1,024 KiB at most. Choose the file this guide exported.",
            bytes.div_ceil(1024)
        ),
        ImportProblem::Empty => "This file is empty. Choose the file this guide exported.".into(),
        ImportProblem::NotJson => {
            "This is not a progress file (it is not JSON, or it was cut short). Choose the file this guide exported.".into()
        }
        ImportProblem::WrongShape => {
            "This JSON file does not hold progress of this guide, or its values break a rule. Nothing was changed.".into()
        }
        ImportProblem::Newer { schema } => format!(
            "This file was saved by a newer version of the guide (format {schema}). Update the page or the offline file, then import it again."
        ),
        ImportProblem::OtherFlow(flow) => format!(
            "This file holds progress of the other guide ({}). Import it there.",
            flow.name()
        ),
        ImportProblem::Unreadable => "The browser could not read this file. Try choosing it again.".into(),
    }
}

fn s2s_reminder(day: &str) -> String {
    format!(
        "The client secret expires on {day}: the sync stops then unless a new secret is made and entered in Marketo."
    )
}
