//! English texts of the server-to-server (OAuth) screens.

use super::{
    refused, DayError, GuidError, NoteField, NoteProblem, OrgUrlCaution, OrgUrlError, Refused, S2sTexts,
    SecretLifetime, UserNameError,
};

pub(super) fn quoted(text: &str) -> String {
    if text.is_empty() {
        "(no description)".into()
    } else {
        format!("\u{201c}{text}\u{201d}")
    }
}

pub(super) fn s2s_field(f: NoteField) -> &'static str {
    match f {
        NoteField::ClientId => "Application (client) ID",
        NoteField::TenantId => "Directory (tenant) ID",
        NoteField::AppUserEmail => "Application user's e-mail",
        NoteField::OrgUrl => "Organization URL",
    }
}

pub(super) fn s2s_problem(p: &NoteProblem) -> String {
    match p {
        NoteProblem::Guid(e) => match e {
            GuidError::Empty => "Enter the ID.".into(),
            GuidError::TooLong => "That is far too long to be an ID.".into(),
            GuidError::LooksLikeSecret => refused(Refused::LooksLikeSecret).into(),
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
            UserNameError::LooksLikeSecret => refused(Refused::LooksLikeSecret).into(),
            UserNameError::HasSpace => "A user name has no spaces.".into(),
            UserNameError::NotAnAddress => "Use the form user@domain.com or DOMAIN\\user.".into(),
        },
        NoteProblem::OrgUrl(e) => {
            match e {
                OrgUrlError::Empty => "Enter the organization URL.".into(),
                OrgUrlError::TooLong => "That is far too long to be an organization URL.".into(),
                OrgUrlError::LooksLikeSecret => refused(Refused::LooksLikeSecret).into(),
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

pub(super) const S2S: S2sTexts = S2sTexts {
    connection_legend: "Connection",
    connection_s2s: "Server-to-server (OAuth)",
    connection_password: "Sync user with a password (ROPC)",
    connection_help: "Adobe's pages describe both connections: server-to-server (OAuth, Steps 1 to 3 of 3) and a sync user with a password (ROPC, Steps 1 to 4 of 4). Choose the one your set-up uses; for a new one, this guide suggests server-to-server.",
    s2s_intro: "Marketo signs in to Dynamics as an app: register it in Microsoft Entra ID, give it consent and a secret, make its application user with the sync role, then point the Marketo solution at it and publish.",
    s2s_step3_body: "In Marketo you will enter the application user's e-mail, the client ID, the client secret you saved, the tenant ID and the organization URL. Keep the card below at hand.",
    confirm_url: "I have checked the organization URL",
    confirm_url_help: "It cannot be changed once submitted in Marketo: a wrong address means a new Marketo subscription.",
    expires_label: "Client secret expires on",
    expires_help: "Optional. Only the date: never the secret itself.",
    copy: "Copy",
    copied: "Copied",
    copy_failed: "This page does not allow copying; select the text and copy it by hand.",
    not_yet: "Not written down correctly yet",
    secret_row: "Client secret",
    secret_row_text: "The value you saved in a safe place. Never enter it here.",
    entra_console: "Microsoft Entra admin center (simulated)",
    entra_hint: "You are an administrator of the training tenant. Nothing here is real.",
    ppac_console: "Power Platform admin center (simulated)",
    ppac_hint: "The training environment's application users and their security roles.",
    app_registrations: "App registrations",
    new_registration: "New registration",
    app_name: "Name",
    account_types: "Supported account types",
    single_tenant: "Accounts in this organizational directory only",
    multi_tenant: "Accounts in any organizational directory (multitenant)",
    register: "Register",
    no_apps: "No app registrations yet.",
    open: "Open",
    overview: "Overview",
    certificates_secrets: "Certificates & secrets",
    api_permissions: "API permissions",
    account_type_single: "This organization only",
    account_type_multi: "Any organization (multitenant)",
    make_single_tenant: "Change to this organizational directory only",
    new_client_secret: "New client secret",
    description: "Description",
    add: "Add",
    secret_value: "Value",
    copy_value: "Copy value",
    secret_shown_once_hint: "The value is shown now and never again. Copy it before you leave this page.",
    secret_hidden: "Hidden for good",
    secret_copied: "Copied to a safe place",
    secret_lost: "Not copied: the value is gone",
    practice_value: "practice value, not a real secret",
    no_secrets: "No client secrets yet.",
    grant_admin_consent: "Grant admin consent",
    consent_granted: "Admin consent: granted",
    consent_not_granted: "Admin consent: not granted",
    application_users: "Application users",
    new_app_user: "New app user",
    app_label: "App",
    create: "Create",
    security_roles: "Security roles",
    marketo_sync_user: "Marketo Sync User",
    no_app_users: "No application users yet.",
    email_column: "E-mail",
    environment: "Environment: Contoso training",
    expires: "Expires",
    business_unit: "Business unit",
    choose_business_unit: "Choose a business unit",
    root_business_unit: "contoso-training (root business unit)",
    url_caution_confirm: "Check this before you confirm",
    notes_legend: "Write down for the connect step",
    notes_hint: "Copy each value from the simulated portals, as you would into your own notes.",
    app_user_name: "the application user",
    from_values: "Done by itself once the values are right",
};

pub(super) fn s2s_day_error(e: DayError) -> String {
    match e {
        DayError::NotADate => "Enter a date as year-month-day.".into(),
        DayError::NoSuchDay => "The calendar has no such day.".into(),
        DayError::OutOfRange => "That year looks like a typing mistake.".into(),
        DayError::TooFarAhead { latest } => format!(
            "Microsoft Entra gives a client secret 24 months at most, so it expires by {latest} at the latest. Check the date on Certificates & secrets."
        ),
    }
}

pub(super) fn s2s_caution(c: &OrgUrlCaution) -> &'static str {
    match c {
        OrgUrlCaution::OtherCloud => "This is the address of another Dynamics 365 cloud (a government or regional one). If that is where your organization lives, it is right: compare it with Service Endpoints before you confirm.",
        OrgUrlCaution::UnusualDynamicsHost => "This is not the usual yourorg.crm.dynamics.com shape. Compare it with the Organization Service URL in Developer Resources before you confirm.",
        OrgUrlCaution::CustomDomain => "This is not a dynamics.com address. If your organization uses its own domain it may be right: compare it with the Organization Service URL in Developer Resources before you confirm.",
    }
}

pub(super) fn s2s_lifetime(l: SecretLifetime) -> &'static str {
    match l {
        SecretLifetime::Days90 => "90 days (3 months)",
        SecretLifetime::Days180 => "Recommended: 180 days (6 months)",
        SecretLifetime::Days365 => "365 days (12 months)",
        SecretLifetime::Days545 => "545 days (18 months)",
        SecretLifetime::Days730 => "730 days (24 months)",
    }
}

pub(super) fn s2s_reminder(day: &str) -> String {
    format!("The client secret expires on {day}. Make a new one and enter it in Marketo before then.")
}
