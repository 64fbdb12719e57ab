//! What the Dynamics admin can do, and the rules that allow or refuse it (the shared `Engine` contract), for both connections.

use serde::{Deserialize, Serialize};

use super::Engine;
use super::{
    app_user_email, clean_app_name, clean_description, Allowed, App, AppId, AppTab, Connection, Day, Millis, NoteField,
    Org, OrgUrlError, Page, Refused, Rule, Step3Notes, Tenant, TextProblem, User, UserId, UserKind, FILTER_FIELD,
};

/// What the Dynamics admin can do in practice (and what a reader records in guide mode).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// Users > New > Add and License Users > … > Add, then send the credentials e-mail.
    CreateSyncUser { name: String, email: String },
    /// Enabled Users > select > Manage Roles > tick Marketo Sync User > OK.
    AssignRole { user: UserId },
    /// Manage Roles > untick Marketo Sync User > OK.
    RemoveRole { user: UserId },
    /// Marketo Config > Default > Marketo User > choose > save.
    /// `None`: nobody chosen yet (the screen's "choose…" entry).
    SetMarketoUser { user: Option<UserId> },
    /// Any other change saved on Marketo Config > Default.
    ChangeConfig,
    /// Solutions > Publish All Customizations.
    PublishAll,
    /// Whether a custom sync filter is wanted (optional).
    WantFilter(bool),
    /// Create the Two Options field for the custom sync filter.
    CreateFilterField { name: String },
    /// Run the Validate Microsoft Dynamics Sync process.
    RunValidation,
    /// Sign in to Dynamics as this user once.
    /// `None`: nobody chosen yet.
    SignInAs { user: Option<UserId> },
    /// Which variant of Step 2 to follow.
    UseConnection(Connection),
    /// Entra admin center: open a page.
    Open(Page),
    /// App registrations > New registration > name, Supported account types > Register.
    RegisterApp { name: String, single_tenant: bool },
    /// Authentication > Supported account types > this organizational directory only.
    MakeSingleTenant { app: AppId },
    /// Certificates & secrets > New client secret > Description, Expires > Add.
    NewClientSecret {
        app: AppId,
        description: String,
        #[serde(default, skip_serializing_if = "crate::s2s::SecretLifetime::is_default")]
        expires: crate::s2s::SecretLifetime,
        /// The reader's offset from UTC when it will expire (its expiry is a day of the
        /// reader's calendar); logged before it was kept: UTC.
        #[serde(default, skip_serializing_if = "crate::s2s::UtcOffset::is_utc")]
        offset: crate::s2s::UtcOffset,
    },
    /// Copy the value shown once to a safe place.
    CopySecret { app: AppId, secret: u32 },
    /// API permissions > Grant admin consent > Yes.
    GrantConsent { app: AppId },
    /// Power Platform admin center > Application users > New app user > the app, the
    /// business unit > Create. `None`: no app chosen yet.
    CreateAppUser {
        app: Option<AppId>,
        /// The business unit chosen (C12); logged before the choice existed: chosen.
        #[serde(default = "chosen", skip_serializing_if = "is_chosen")]
        business_unit: bool,
    },
    /// Write a value down for Step 3.
    Record { field: NoteField, text: String },
    /// Confirm (or take back) that the organization URL written down is right.
    ConfirmOrgUrl(bool),
}

fn chosen() -> bool {
    true
}

fn is_chosen(b: &bool) -> bool {
    *b
}

/// What went wrong.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Why {
    SolutionMissing,
    Text(TextProblem),
    NoSuchUser,
    AlreadyHasRole,
    HasNoRole,
    ExistingCrmUser,
    AlreadyMarketoUser,
    FilterFieldExists,
    FilterFieldMisnamed,
    NotPublished,
    NoMarketoUser,
    NoUserChosen,
    AlreadyValidated,
    AlreadySignedIn,
    /// That variant is already the one followed.
    SameConnection,
    /// A server-to-server step while following the password variant.
    NotServerToServer,
    /// Already on that page.
    AlreadyOpen,
    NoSuchApp,
    NoAppChosen,
    /// New app user without a business unit.
    NoBusinessUnit,
    AlreadySingleTenant,
    ConsentAlreadyGranted,
    /// The secret's value was hidden before it was copied: it cannot be read again.
    SecretGone,
    SecretAlreadyCopied,
    /// The app already has its application user.
    AppUserExists,
    /// Another app registration has that name (two would be easy to mix up).
    AppNameTaken,
    /// A value that cannot be written down (it looks like a secret, or is too long).
    Note(Refused),
    /// The same value is already written down.
    SameValue,
    /// Only a well-formed organization URL can be confirmed.
    Url(OrgUrlError),
    AlreadyConfirmed,
    NotConfirmed,
}

/// What to do instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WayOut {
    /// Install the Marketo solution (Step 1 of 3) first.
    DoStepOne,
    /// Correct the name or address.
    FixInput,
    /// Choose a user from the list.
    ChooseListedUser,
    /// Nothing to do.
    AlreadyDone,
    /// Create a dedicated sync user and choose that one.
    CreateDedicatedUser,
    /// Name the field exactly `new_synctomkto`.
    UseExactFilterName,
    /// Publish all customizations first.
    PublishFirst,
    /// Choose the Marketo User first.
    ChooseMarketoUserFirst,
    /// Switch the connection to server-to-server first.
    SwitchToServerToServer,
    /// Choose an app registration from the list.
    ChooseListedApp,
    /// Choose the business unit on the New app user panel.
    ChooseBusinessUnit,
    /// Make a new client secret and copy its value while it is shown.
    MakeNewSecret,
    /// Keep secrets in a password manager or key vault; never type them here.
    KeepSecretsElsewhere,
    /// Correct the organization URL first.
    FixUrlFirst,
    /// Choose the application user made for the app registration.
    ChooseApplicationUser,
}

/// A refused action: the rule, the action, why not and the way out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub rule: Rule,
    pub action: Action,
    pub why: Why,
    pub way_out: WayOut,
}

/// Nothing in Step 2 is hazardous enough to need a confirmation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Hazard {}

/// What happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Effect {
    UserCreated {
        user: UserId,
    },
    CredentialsSent {
        user: UserId,
    },
    RoleAssigned {
        user: UserId,
    },
    /// With this version the role was not needed for this user (harmless).
    RoleNotNeeded {
        user: UserId,
    },
    RoleRemoved {
        user: UserId,
    },
    MarketoUserSet {
        user: UserId,
    },
    /// The configuration changed after the last publish: publish again.
    PublishNeededAgain,
    Published,
    /// Published again with nothing new.
    NothingNewToPublish,
    FilterWanted(bool),
    FilterFieldCreated,
    Validated,
    SignedIn {
        user: UserId,
    },
    ConnectionChosen(Connection),
    /// A page of the Entra admin center opened (the app's name, if on an app's page).
    PageOpened {
        page: Page,
        app: Option<String>,
    },
    AppRegistered {
        name: String,
        single_tenant: bool,
    },
    /// Consequence: an app open to any organization's accounts is not what Step 3 expects.
    OpenToAnyOrganization {
        name: String,
    },
    MadeSingleTenant {
        name: String,
    },
    /// A client secret was made; its value is on screen now and only now.
    SecretShownOnce {
        description: String,
        expires_on: Day,
    },
    SecretCopied {
        description: String,
    },
    /// Consequence: the page was left before the value was copied; it is gone for good.
    SecretLost {
        description: String,
    },
    ConsentGranted {
        name: String,
    },
    AppUserCreated {
        user: UserId,
    },
    Recorded {
        field: NoteField,
    },
    /// The organization URL changed after it was confirmed: confirm it again.
    ConfirmationCleared,
    UrlConfirmed(bool),
    /// Consequence: the Marketo User is an application user without the role yet.
    MarketoUserLacksRole {
        user: UserId,
    },
}

/// The Dynamics admin is the only actor in Step 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DynamicsAdmin;

impl Engine for Org {
    type Actor = DynamicsAdmin;
    type Action = Action;
    type Effect = Effect;
    type Refusal = Refusal;
    type Hazard = Hazard;

    fn check(&self, _: &DynamicsAdmin, action: &Action, _now: Millis) -> Result<Allowed<Hazard>, Refusal> {
        let no = |rule, why, way_out| Err(Refusal { rule, action: action.clone(), why, way_out });
        let user = |id: &UserId| self.user(*id);
        match action {
            Action::CreateSyncUser { name, email } => match self.clean_user(name, email) {
                Err(TextProblem::LooksLikeSecret) => {
                    no(Rule::S5, Why::Text(TextProblem::LooksLikeSecret), WayOut::KeepSecretsElsewhere)
                }
                Err(problem) => no(Rule::D7, Why::Text(problem), WayOut::FixInput),
                Ok(_) => Ok(Allowed::Safe),
            },
            Action::AssignRole { user: id } => match user(id) {
                None => no(Rule::D3, Why::NoSuchUser, WayOut::ChooseListedUser),
                Some(u) if u.has_sync_role => no(Rule::D3, Why::AlreadyHasRole, WayOut::AlreadyDone),
                Some(_) => Ok(Allowed::Safe),
            },
            Action::RemoveRole { user: id } => match user(id) {
                None => no(Rule::D3, Why::NoSuchUser, WayOut::ChooseListedUser),
                Some(u) if !u.has_sync_role => no(Rule::D3, Why::HasNoRole, WayOut::AlreadyDone),
                Some(_) => Ok(Allowed::Safe),
            },
            Action::SetMarketoUser { user: id } => match id.map(|id| self.user(id)) {
                _ if self.solution.is_none() => no(Rule::D1, Why::SolutionMissing, WayOut::DoStepOne),
                None => no(Rule::D2, Why::NoUserChosen, WayOut::ChooseListedUser),
                Some(None) => no(Rule::D2, Why::NoSuchUser, WayOut::ChooseListedUser),
                Some(Some(u)) => self.check_marketo_user(u, action),
            },
            Action::ChangeConfig | Action::PublishAll if self.solution.is_none() => {
                no(Rule::D1, Why::SolutionMissing, WayOut::DoStepOne)
            }
            Action::ChangeConfig | Action::PublishAll | Action::WantFilter(_) => Ok(Allowed::Safe),
            Action::CreateFilterField { name } => {
                if self.filter_field.is_some() {
                    no(Rule::D5, Why::FilterFieldExists, WayOut::AlreadyDone)
                } else if name.trim() != FILTER_FIELD {
                    no(Rule::D5, Why::FilterFieldMisnamed, WayOut::UseExactFilterName)
                } else {
                    Ok(Allowed::Safe)
                }
            }
            Action::RunValidation => {
                if self.solution.is_none() {
                    no(Rule::D1, Why::SolutionMissing, WayOut::DoStepOne)
                } else if self.marketo_user.is_none() {
                    no(Rule::D6, Why::NoMarketoUser, WayOut::ChooseMarketoUserFirst)
                } else if !self.published_current() {
                    no(Rule::D4, Why::NotPublished, WayOut::PublishFirst)
                } else if self.validated_current() {
                    no(Rule::D6, Why::AlreadyValidated, WayOut::AlreadyDone)
                } else {
                    Ok(Allowed::Safe)
                }
            }
            Action::SignInAs { user: id } => match id.map(|id| self.user(id)) {
                None => no(Rule::D6, Why::NoUserChosen, WayOut::ChooseListedUser),
                Some(None) => no(Rule::D6, Why::NoSuchUser, WayOut::ChooseListedUser),
                Some(Some(u)) if u.kind == UserKind::ExistingCrmUser => {
                    no(Rule::D2, Why::ExistingCrmUser, WayOut::CreateDedicatedUser)
                }
                Some(Some(u)) if self.signed_in.contains(&u.id) => {
                    no(Rule::D6, Why::AlreadySignedIn, WayOut::AlreadyDone)
                }
                Some(Some(_)) => Ok(Allowed::Safe),
            },
            Action::UseConnection(c) if *c == self.connection => no(Rule::S1, Why::SameConnection, WayOut::AlreadyDone),
            Action::UseConnection(_) => Ok(Allowed::Safe),
            _ => self.check_s2s(action),
        }
    }

    fn execute(&mut self, _: &DynamicsAdmin, action: &Action, now: Millis) -> Vec<Effect> {
        let mut effects = Vec::new();
        let mut config_changed = false;
        match action {
            Action::CreateSyncUser { name, email } => {
                let id = self.push_user(
                    name.trim().to_string(),
                    email.trim().to_string(),
                    UserKind::DedicatedSyncUser,
                    true,
                );
                effects.extend([Effect::UserCreated { user: id }, Effect::CredentialsSent { user: id }]);
            }
            Action::AssignRole { user } => {
                self.set_role(*user, true);
                effects.push(Effect::RoleAssigned { user: *user });
                if self.user(*user).is_some_and(|u| !self.needs_role(u)) {
                    effects.push(Effect::RoleNotNeeded { user: *user });
                }
            }
            Action::RemoveRole { user } => {
                self.set_role(*user, false);
                effects.push(Effect::RoleRemoved { user: *user });
            }
            Action::SetMarketoUser { user: Some(user) } => {
                self.marketo_user = Some(*user);
                effects.push(Effect::MarketoUserSet { user: *user });
                if self.user(*user).is_some_and(|u| u.kind == UserKind::ApplicationUser && !u.has_sync_role) {
                    effects.push(Effect::MarketoUserLacksRole { user: *user });
                }
                config_changed = true;
            }
            Action::ChangeConfig => config_changed = true,
            Action::PublishAll => {
                effects.push(if self.published_current() { Effect::NothingNewToPublish } else { Effect::Published });
                self.published_rev = Some(self.config_rev);
            }
            Action::WantFilter(wanted) => {
                self.filter_wanted = *wanted;
                effects.push(Effect::FilterWanted(*wanted));
            }
            Action::CreateFilterField { name } => {
                self.filter_field = Some(name.trim().to_string());
                effects.push(Effect::FilterFieldCreated);
            }
            Action::RunValidation => {
                self.validated_rev = Some(self.config_rev);
                effects.push(Effect::Validated);
            }
            Action::SignInAs { user: Some(user) } => {
                self.signed_in.push(*user);
                effects.push(Effect::SignedIn { user: *user });
            }
            // Refused by `check`, so never executed.
            Action::SetMarketoUser { user: None } | Action::SignInAs { user: None } => {}
            _ => self.execute_s2s(action, now, &mut effects),
        }
        if config_changed {
            let was_published = self.published_current();
            self.config_rev = self.config_rev.wrapping_add(1);
            if was_published {
                effects.push(Effect::PublishNeededAgain);
            }
        }
        effects
    }
}

impl Org {
    /// The actions of the Entra admin center (both connections register an app: S2S Step 2
    /// of 3, ROPC Step 3 of 4), the Power Platform admin center (server-to-server only) and
    /// the values written down for the connect step (those the connection asks for).
    fn check_s2s(&self, action: &Action) -> Result<Allowed<Hazard>, Refusal> {
        let no = |rule, why, way_out| Err(Refusal { rule, action: action.clone(), why, way_out });
        let s2s_only = match action {
            Action::CreateAppUser { .. } => true,
            Action::Record { field, .. } => !self.connection.note_fields().contains(field),
            _ => false,
        };
        if s2s_only && self.connection != Connection::ServerToServer {
            return no(Rule::S1, Why::NotServerToServer, WayOut::SwitchToServerToServer);
        }
        let text_refusal = |p: TextProblem| match p {
            TextProblem::LooksLikeSecret => no(Rule::S5, Why::Text(p), WayOut::KeepSecretsElsewhere),
            p => no(Rule::D7, Why::Text(p), WayOut::FixInput),
        };
        match action {
            Action::Record { field, text } => {
                let rule = match field {
                    NoteField::ClientId | NoteField::TenantId => Rule::S3,
                    NoteField::AppUserEmail => Rule::S6,
                    NoteField::OrgUrl => Rule::S7,
                };
                return match Step3Notes::admits(text) {
                    Err(Refused::LooksLikeSecret) => {
                        no(Rule::S5, Why::Note(Refused::LooksLikeSecret), WayOut::KeepSecretsElsewhere)
                    }
                    Err(e) => no(rule, Why::Note(e), WayOut::FixInput),
                    Ok(()) if self.notes.text(*field) == text => no(rule, Why::SameValue, WayOut::AlreadyDone),
                    Ok(()) => Ok(Allowed::Safe),
                };
            }
            Action::ConfirmOrgUrl(on) => {
                let confirmed = self.notes.url_confirmed();
                return match (on, confirmed) {
                    (true, true) => no(Rule::S7, Why::AlreadyConfirmed, WayOut::AlreadyDone),
                    (false, false) => no(Rule::S7, Why::NotConfirmed, WayOut::AlreadyDone),
                    (true, false) => match crate::s2s::OrgUrl::parse(self.notes.text(NoteField::OrgUrl)) {
                        Err(e) => no(Rule::S7, Why::Url(e), WayOut::FixUrlFirst),
                        Ok(_) => Ok(Allowed::Safe),
                    },
                    (false, true) => Ok(Allowed::Safe),
                };
            }
            _ => {}
        }
        let Some(tenant) = &self.tenant else {
            return no(Rule::S1, Why::NotServerToServer, WayOut::SwitchToServerToServer);
        };
        let app = |id: &AppId, rule| {
            tenant.app(*id).ok_or(Refusal {
                rule,
                action: action.clone(),
                why: Why::NoSuchApp,
                way_out: WayOut::ChooseListedApp,
            })
        };
        match action {
            Action::Open(page) if *page == tenant.page => no(Rule::S1, Why::AlreadyOpen, WayOut::AlreadyDone),
            Action::Open(Page::App { app: id, .. }) => app(id, Rule::S1).map(|_| Allowed::Safe),
            Action::Open(_) => Ok(Allowed::Safe),
            Action::RegisterApp { name, .. } => match clean_app_name(name, &tenant.apps) {
                Err(TextProblem::NameTaken) => no(Rule::D7, Why::AppNameTaken, WayOut::FixInput),
                Err(p) => text_refusal(p),
                Ok(_) => Ok(Allowed::Safe),
            },
            Action::MakeSingleTenant { app: id } => match app(id, Rule::S2)? {
                a if a.single_tenant => no(Rule::S2, Why::AlreadySingleTenant, WayOut::AlreadyDone),
                _ => Ok(Allowed::Safe),
            },
            Action::NewClientSecret { app: id, description, .. } => {
                app(id, Rule::S5)?;
                match clean_description(description) {
                    Err(p) => text_refusal(p),
                    Ok(_) => Ok(Allowed::Safe),
                }
            }
            Action::CopySecret { app: id, secret } => {
                app(id, Rule::S5)?;
                match tenant.secret(*id, *secret) {
                    None => no(Rule::S5, Why::NoSuchApp, WayOut::MakeNewSecret),
                    Some(s) if s.copied => no(Rule::S5, Why::SecretAlreadyCopied, WayOut::AlreadyDone),
                    Some(s) if !s.visible => no(Rule::S5, Why::SecretGone, WayOut::MakeNewSecret),
                    Some(_) => Ok(Allowed::Safe),
                }
            }
            Action::GrantConsent { app: id } => match app(id, Rule::S4)? {
                a if a.consent => no(Rule::S4, Why::ConsentAlreadyGranted, WayOut::AlreadyDone),
                _ => Ok(Allowed::Safe),
            },
            Action::CreateAppUser { app: None, .. } => no(Rule::S6, Why::NoAppChosen, WayOut::ChooseListedApp),
            Action::CreateAppUser { business_unit: false, .. } => {
                no(Rule::S6, Why::NoBusinessUnit, WayOut::ChooseBusinessUnit)
            }
            Action::CreateAppUser { app: Some(id), .. } => {
                let a = app(id, Rule::S6)?;
                if self.app_user(*id).is_some() {
                    return no(Rule::S6, Why::AppUserExists, WayOut::AlreadyDone);
                }
                match self.clean_user(&a.name, &app_user_email(a)) {
                    Err(p) => text_refusal(p),
                    Ok(_) => Ok(Allowed::Safe),
                }
            }
            // The password variant's actions are checked in `check`.
            _ => Ok(Allowed::Safe),
        }
    }

    fn execute_s2s(&mut self, action: &Action, now: Millis, effects: &mut Vec<Effect>) {
        match action {
            Action::UseConnection(c) => {
                self.connection = *c;
                // Both connections register an app in the training tenant.
                if self.tenant.is_none() {
                    self.tenant = Some(Tenant::practice());
                }
                effects.push(Effect::ConnectionChosen(*c));
            }
            Action::Record { field, text } => {
                let was_confirmed = self.notes.url_confirmed();
                // Checked: admitted.
                let _ = self.notes.set(*field, text);
                effects.push(Effect::Recorded { field: *field });
                if was_confirmed && !self.notes.url_confirmed() {
                    effects.push(Effect::ConfirmationCleared);
                }
            }
            Action::ConfirmOrgUrl(on) => {
                let _ = self.notes.confirm_url(*on);
                effects.push(Effect::UrlConfirmed(*on));
            }
            Action::Open(page) => self.go(*page, effects),
            Action::RegisterApp { name, single_tenant } => {
                let Some(t) = self.tenant.as_mut() else { return };
                let id = AppId(t.next_app);
                t.next_app = t.next_app.saturating_add(1);
                let seed = now ^ u64::from(id.0).rotate_left(40);
                let name = name.trim().to_string();
                t.apps.push(App {
                    id,
                    name: name.clone(),
                    single_tenant: *single_tenant,
                    client_id: crate::s2s::guid_from(seed),
                    consent: false,
                    secrets: Vec::new(),
                });
                effects.push(Effect::AppRegistered { name: name.clone(), single_tenant: *single_tenant });
                if !single_tenant {
                    effects.push(Effect::OpenToAnyOrganization { name });
                }
                self.go(Page::App { app: id, tab: AppTab::Overview }, effects);
            }
            Action::MakeSingleTenant { app } => {
                if let Some(a) = self.tenant.as_mut().and_then(|t| t.app_mut(*app)) {
                    a.single_tenant = true;
                    effects.push(Effect::MadeSingleTenant { name: a.name.clone() });
                }
            }
            Action::NewClientSecret { app, description, expires, offset } => {
                self.go(Page::App { app: *app, tab: AppTab::CertificatesSecrets }, effects);
                let Some(t) = self.tenant.as_mut() else { return };
                let id = t.next_secret;
                t.next_secret = t.next_secret.saturating_add(1);
                if let Some(a) = t.app_mut(*app) {
                    let secret = crate::s2s::Secret {
                        id,
                        description: description.trim().to_string(),
                        created_at: now,
                        lifetime: *expires,
                        offset: *offset,
                        copied: false,
                        visible: true,
                    };
                    effects.push(Effect::SecretShownOnce {
                        description: secret.description.clone(),
                        expires_on: secret.expires_on(),
                    });
                    a.secrets.push(secret);
                }
            }
            Action::CopySecret { app, secret } => {
                let secret = self
                    .tenant
                    .as_mut()
                    .and_then(|t| t.app_mut(*app))
                    .and_then(|a| a.secrets.iter_mut().find(|s| s.id == *secret));
                if let Some(s) = secret {
                    s.copied = true;
                    effects.push(Effect::SecretCopied { description: s.description.clone() });
                }
            }
            Action::GrantConsent { app } => {
                if let Some(a) = self.tenant.as_mut().and_then(|t| t.app_mut(*app)) {
                    a.consent = true;
                    effects.push(Effect::ConsentGranted { name: a.name.clone() });
                }
            }
            Action::CreateAppUser { app: Some(app), .. } => {
                let Some(a) = self.tenant.as_ref().and_then(|t| t.app(*app)) else { return };
                let (name, email) = (a.name.clone(), app_user_email(a));
                let id = self.push_user(name, email, UserKind::ApplicationUser, true);
                if let Some(u) = self.users.iter_mut().find(|u| u.id == id) {
                    u.app = Some(*app);
                }
                effects.push(Effect::AppUserCreated { user: id });
            }
            _ => {}
        }
    }

    /// Opens a page of the Entra admin center. Leaving a page that shows secret values
    /// hides them for good; one not copied is lost.
    fn go(&mut self, page: Page, effects: &mut Vec<Effect>) {
        let Some(t) = self.tenant.as_mut() else { return };
        if t.page == page {
            return;
        }
        for s in t.apps.iter_mut().flat_map(|a| a.secrets.iter_mut()).filter(|s| s.visible) {
            s.visible = false;
            if !s.copied {
                effects.push(Effect::SecretLost { description: s.description.clone() });
            }
        }
        t.page = page;
        let app = match page {
            Page::App { app, .. } => t.app(app).map(|a| a.name.clone()),
            _ => None,
        };
        effects.push(Effect::PageOpened { page, app });
    }

    fn check_marketo_user(&self, u: &User, action: &Action) -> Result<Allowed<Hazard>, Refusal> {
        let no = |rule, why, way_out| Err(Refusal { rule, action: action.clone(), why, way_out });
        if u.kind == UserKind::ExistingCrmUser && self.connection == Connection::ServerToServer {
            no(Rule::D2, Why::ExistingCrmUser, WayOut::ChooseApplicationUser)
        } else if u.kind == UserKind::ExistingCrmUser {
            no(Rule::D2, Why::ExistingCrmUser, WayOut::CreateDedicatedUser)
        } else if self.marketo_user == Some(u.id) {
            no(Rule::D2, Why::AlreadyMarketoUser, WayOut::AlreadyDone)
        } else {
            Ok(Allowed::Safe)
        }
    }

    pub(super) fn set_role(&mut self, id: UserId, on: bool) {
        if let Some(u) = self.users.iter_mut().find(|u| u.id == id) {
            u.has_sync_role = on;
        }
    }
}
