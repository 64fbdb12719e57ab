//! What Step 3 relies on, and the verdict: blockers and warnings from the one list of requirements.

use serde::{Deserialize, Serialize};

use super::{checklist, Connection, Day, Org, StepId, UserId, UserKind, FILTER_FIELD};

/// Everything Step 3 relies on. Each maps to the checklist step that satisfies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Requirement {
    /// Step 1 of 3 installed the Marketo solution.
    SolutionInstalled,
    /// A dedicated sync user exists.
    SyncUserCreated,
    /// The sync user has the Marketo Sync User role.
    SyncUserHasRole,
    /// Before 4.0.0.14: every syncing user has the role too.
    SyncingUsersHaveRole,
    /// Marketo Config's Marketo User is the dedicated sync user.
    MarketoUserIsSyncUser,
    /// All customizations were published after the last configuration change.
    PublishedAfterChange,
    /// (Only when wanted) the `new_synctomkto` field exists.
    FilterFieldReady,
    /// Validate Microsoft Dynamics Sync ran after the last configuration change.
    Validated,
    /// Someone signed in to Dynamics as the sync user once.
    SignedInAsSyncUser,
    /// Server-to-server: an app registered for this organizational directory only.
    AppSingleTenant,
    /// The app's client ID and the tenant ID written down, GUID-shaped (and, in practice,
    /// the app's own).
    IdsRecorded,
    /// Admin consent (or the delegated alternative) granted for the app.
    ConsentGranted,
    /// A client secret made and its value saved in a safe place.
    SecretSaved,
    /// The app's application user exists.
    AppUserCreated,
    /// The application user holds the Marketo Sync User role.
    AppUserHasRole,
    /// The application user's e-mail written down, address-shaped (and, in practice, its own).
    AppUserEmailRecorded,
    /// The organization URL written down, well-formed and confirmed.
    OrgUrlConfirmed,
    /// Marketo Config's Marketo User is the application user.
    MarketoUserIsAppUser,
    /// ROPC: the sync user's user name known for Step 4 of 4 (guide: typed and usable;
    /// practice: the user exists).
    UserNameRecorded,
    /// ROPC: the client app's Application (client) ID written down, GUID-shaped (and, in
    /// practice, the app's own).
    ClientIdRecorded,
}

impl Requirement {
    /// Every requirement, in declaration order.
    pub const ALL: [Requirement; 20] = {
        use Requirement::*;
        [
            SolutionInstalled,
            SyncUserCreated,
            SyncUserHasRole,
            SyncingUsersHaveRole,
            MarketoUserIsSyncUser,
            PublishedAfterChange,
            FilterFieldReady,
            Validated,
            SignedInAsSyncUser,
            AppSingleTenant,
            IdsRecorded,
            ConsentGranted,
            SecretSaved,
            AppUserCreated,
            AppUserHasRole,
            AppUserEmailRecorded,
            OrgUrlConfirmed,
            MarketoUserIsAppUser,
            UserNameRecorded,
            ClientIdRecorded,
        ]
    };

    /// A stable name for pages and tests (`data-requirement`), never the Rust name.
    pub fn slug(self) -> &'static str {
        use Requirement::*;
        match self {
            SolutionInstalled => "solution-installed",
            SyncUserCreated => "sync-user-created",
            SyncUserHasRole => "sync-user-has-role",
            SyncingUsersHaveRole => "syncing-users-have-role",
            MarketoUserIsSyncUser => "marketo-user-is-sync-user",
            PublishedAfterChange => "published-after-change",
            FilterFieldReady => "filter-field-ready",
            Validated => "validated",
            SignedInAsSyncUser => "signed-in-as-sync-user",
            AppSingleTenant => "app-single-tenant",
            IdsRecorded => "ids-recorded",
            ConsentGranted => "consent-granted",
            SecretSaved => "secret-saved",
            AppUserCreated => "app-user-created",
            AppUserHasRole => "app-user-has-role",
            AppUserEmailRecorded => "app-user-email-recorded",
            OrgUrlConfirmed => "org-url-confirmed",
            MarketoUserIsAppUser => "marketo-user-is-app-user",
            UserNameRecorded => "user-name-recorded",
            ClientIdRecorded => "client-id-recorded",
        }
    }
}

/// A requirement that does not apply, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NotApplicable {
    /// From 4.0.0.14, only the sync user needs the role.
    RoleOnlyForSyncUser,
    /// No custom sync filter wanted.
    FilterNotWanted,
    /// Server-to-server: Adobe's list still says to sign in as the sync user, but an
    /// application user has no password to sign in with (the widget's reading, labelled).
    AppUserHasNoSignIn,
}

/// Each requirement in checklist order: met, unmet, or not applicable.
pub fn requirements(org: &Org) -> Vec<(Requirement, Result<bool, NotApplicable>)> {
    match org.connection {
        Connection::ServerToServer => s2s_requirements(org),
        Connection::SyncUserPassword => password_requirements(org),
    }
}

/// The server-to-server requirements (SPEC, "Flow 2, second variant"). In practice the
/// written-down values must be the simulated tenant's own; in a guide, their shape.
fn s2s_requirements(org: &Org) -> Vec<(Requirement, Result<bool, NotApplicable>)> {
    use Requirement::*;
    let app = org.the_app();
    let user = org.sync_user();
    let notes = &org.notes;
    let practice = org.tenant.as_ref();
    let ids = client_id_recorded(org)
        && match practice {
            None => notes.tenant_id().is_some(),
            Some(t) => notes.tenant_id().as_ref() == Some(&t.tenant_id),
        };
    let email = match practice {
        None => notes.app_user_email().is_some(),
        Some(_) => user.is_some_and(|u| notes.app_user_email().is_some_and(|e| e.as_str() == u.email)),
    };
    vec![
        (SolutionInstalled, Ok(org.solution.is_some())),
        (AppSingleTenant, Ok(app.is_some_and(|a| a.single_tenant))),
        (IdsRecorded, Ok(ids)),
        (ConsentGranted, Ok(app.is_some_and(|a| a.consent))),
        (SecretSaved, Ok(app.is_some_and(|a| a.saved_secret().is_some()))),
        (AppUserCreated, Ok(user.is_some())),
        (AppUserHasRole, Ok(user.is_some_and(|u| u.has_sync_role))),
        (AppUserEmailRecorded, Ok(email)),
        (MarketoUserIsAppUser, Ok(user.is_some_and(|u| org.marketo_user == Some(u.id)))),
        (PublishedAfterChange, Ok(org.marketo_user.is_some() && org.published_current())),
        (FilterFieldReady, filter_ready(org)),
        (Validated, Ok(org.validated_current())),
        (SignedInAsSyncUser, Err(NotApplicable::AppUserHasNoSignIn)),
        (OrgUrlConfirmed, Ok(url_confirmed(org))),
    ]
}

/// The client ID written down: GUID-shaped in a guide; in practice, the app's own.
fn client_id_recorded(org: &Org) -> bool {
    let written = org.notes.client_id();
    match org.tenant.as_ref() {
        None => written.is_some(),
        Some(_) => org.the_app().is_some_and(|a| written.as_ref() == Some(&a.client_id)),
    }
}

/// The organization URL written down, well-formed and confirmed (in practice, the
/// simulated organization's).
fn url_confirmed(org: &Org) -> bool {
    let notes = &org.notes;
    notes.url_confirmed() && org.tenant.as_ref().is_none_or(|t| notes.org_url().is_some_and(|u| u.same_org(&t.org_url)))
}

/// The client app of the ROPC Step 3 of 4, as the S2S registration is checked.
fn app_requirements(org: &Org) -> [(Requirement, Result<bool, NotApplicable>); 4] {
    use Requirement::*;
    let app = org.the_app();
    [
        (AppSingleTenant, Ok(app.is_some_and(|a| a.single_tenant))),
        (ClientIdRecorded, Ok(client_id_recorded(org))),
        (ConsentGranted, Ok(app.is_some_and(|a| a.consent))),
        (SecretSaved, Ok(app.is_some_and(|a| a.saved_secret().is_some()))),
    ]
}

fn filter_ready(org: &Org) -> Result<bool, NotApplicable> {
    if org.filter_wanted {
        Ok(org.filter_field.as_deref() == Some(FILTER_FIELD))
    } else {
        Err(NotApplicable::FilterNotWanted)
    }
}

/// The ROPC requirements (C8): Step 2 of 4, then the client app and the checks of Step 3
/// of 4, so that Step 4 of 4 finds every value it asks for.
fn password_requirements(org: &Org) -> Vec<(Requirement, Result<bool, NotApplicable>)> {
    use Requirement::*;
    let sync_user = org.sync_user();
    let version_known_new = org.solution.is_some_and(|v| v.only_sync_user_needs_role());
    let mut list = vec![
        (SolutionInstalled, Ok(org.solution.is_some())),
        (SyncUserCreated, Ok(sync_user.is_some())),
        (UserNameRecorded, Ok(sync_user.is_some())),
        (SyncUserHasRole, Ok(sync_user.is_some_and(|u| u.has_sync_role))),
        (
            SyncingUsersHaveRole,
            if version_known_new {
                Err(NotApplicable::RoleOnlyForSyncUser)
            } else {
                Ok(org.users.iter().filter(|u| org.needs_role(u)).all(|u| u.has_sync_role))
            },
        ),
        (
            MarketoUserIsSyncUser,
            Ok(org.marketo_user.and_then(|id| org.user(id)).is_some_and(|u| u.kind == UserKind::DedicatedSyncUser)),
        ),
        (PublishedAfterChange, Ok(org.marketo_user.is_some() && org.published_current())),
    ];
    list.extend(app_requirements(org));
    list.extend([
        (FilterFieldReady, filter_ready(org)),
        (Validated, Ok(org.validated_current())),
        (SignedInAsSyncUser, Ok(sync_user.is_some_and(|u| org.signed_in.contains(&u.id)))),
        (OrgUrlConfirmed, Ok(url_confirmed(org))),
    ]);
    list
}

/// Advice that does not block Step 3.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Warning {
    /// Changes the sync user makes in the CRM are not synced back to Marketo.
    EditsNotSyncedBack,
    /// The sync user's language must be English (ROPC Step 2 of 4, marked important).
    LanguageEnglish,
    /// With this version these users hold the role although only the sync user needs it.
    RoleNotNeeded { users: Vec<UserId> },
    /// The client secret expires on this day (the reader's calendar).
    SecretExpires { on: Day },
    /// Moving an existing set-up from a password to OAuth is a separate procedure.
    UpgradeIsSeparate,
}

/// An unmet requirement, with the step that fixes it and the users it concerns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blocker {
    pub requirement: Requirement,
    pub fixed_by: StepId,
    pub users: Vec<UserId>,
}

/// The verdict for Step 3: ready exactly when there is no blocker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Readiness {
    pub blockers: Vec<Blocker>,
    pub warnings: Vec<Warning>,
}

impl Readiness {
    pub fn is_ready(&self) -> bool {
        self.blockers.is_empty()
    }
}

/// Ready for Step 3, or every unmet requirement with the step that fixes it; warnings apart.
pub fn readiness(org: &Org) -> Readiness {
    let blockers = requirements(org)
        .into_iter()
        .filter(|(_, met)| *met == Ok(false))
        .map(|(requirement, _)| {
            let users = match requirement {
                Requirement::SyncingUsersHaveRole => {
                    org.users.iter().filter(|u| org.needs_role(u) && !u.has_sync_role).map(|u| u.id).collect()
                }
                _ => Vec::new(),
            };
            Blocker { requirement, fixed_by: StepId::fixing(requirement), users }
        })
        .collect();
    let expires = org.the_app().and_then(|a| a.saved_secret()).map(|s| s.expires_on());
    Readiness { blockers, warnings: warnings(org, expires) }
}

/// The advice beside the verdict (the secret's expiry given when known).
fn warnings(org: &Org, expires: Option<Day>) -> Vec<Warning> {
    let expiry = expires.map(|on| Warning::SecretExpires { on });
    if org.connection == Connection::ServerToServer {
        return expiry.into_iter().chain([Warning::UpgradeIsSeparate]).collect();
    }
    let mut warnings: Vec<Warning> = expiry.into_iter().collect();
    warnings.extend([Warning::EditsNotSyncedBack, Warning::LanguageEnglish]);
    let unneeded: Vec<UserId> =
        org.users.iter().filter(|u| u.has_sync_role && !org.needs_role(u)).map(|u| u.id).collect();
    if !unneeded.is_empty() {
        warnings.push(Warning::RoleNotNeeded { users: unneeded });
    }
    warnings
}

/// Guide mode's verdict: every step that applies is done (ticked, or for the values Step 3
/// needs, written down well-formed and the URL confirmed); the blockers are the others, in
/// order, each with its step.
pub fn guide_readiness(org: &Org, ticked: &[StepId], expires: Option<Day>) -> Readiness {
    let blockers = checklist(org, Some(ticked))
        .into_iter()
        .filter(|r| !r.status.is_done() && !r.status.is_skipped())
        .map(|r| Blocker { requirement: r.step.done_when, fixed_by: r.step.id, users: Vec::new() })
        .collect();
    Readiness { blockers, warnings: warnings(org, expires) }
}
