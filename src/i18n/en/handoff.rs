//! English texts of the handoff (Sales Insight Actions).

use super::{
    sia, Action, CannotPlan, Crumb, Effect, Hazard, Names, SiaTexts, SituationError, SkipReason, StepKind, Unsure,
    WayOut, Why,
};

pub(super) fn list(ids: &[sia::PersonId], names: &Names) -> String {
    ids.iter().map(|id| names(*id)).collect::<Vec<_>>().join(", ")
}

pub(super) fn why(w: &Why, names: &Names) -> String {
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

pub(super) fn way_out(w: &WayOut, names: &Names) -> String {
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

pub(super) fn sia_step_title(kind: StepKind, actor: &str, leaving: &str, incoming: &str) -> String {
    match kind {
        StepKind::Reconnect => format!("{actor} connects again to bring the integration back"),
        StepKind::RemoveIncomingAccess => format!("{actor} removes {incoming}'s access to the integration"),
        StepKind::IncomingConnects => format!("{incoming} makes a new connection"),
        StepKind::LeavingDisconnects => format!("{leaving} disconnects"),
        StepKind::RemoveLeaving => format!("Remove {leaving} from the instance"),
    }
}

pub(super) fn sia_step_why(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Reconnect => "Nobody holds a connection, and only a connected admin can take access away. (The Marketo pages do not say whether connecting again also gives everyone on the list their Marketo back.)",
        StepKind::RemoveIncomingAccess => "While the new admin is on the User Access list, Connect is not available to them.",
        StepKind::IncomingConnects => "This gives the integration a second connected admin, so nobody is cut off later.",
        StepKind::LeavingDisconnects => "The new admin is connected now, so everyone else keeps Marketo.",
        StepKind::RemoveLeaving => "The integration no longer depends on this admin, and they are not the instance's original user after data sync.",
    }
}

pub(super) fn sia_skip(reason: SkipReason, leaving: &str, incoming: &str) -> String {
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

pub(super) fn sia_crumb(c: Crumb, names: &Names) -> String {
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

pub(super) fn sia_cannot_plan(c: &CannotPlan) -> &'static str {
    match c {
        CannotPlan::SamePerson => "The leaving admin and the new admin are the same person. Enter two different people.",
        CannotPlan::IncomingNotInInstance => "The new admin is not in the instance. Add them as an admin first.",
        CannotPlan::IncomingNotAdmin => "The person taking over is not an admin, and only an admin can connect. Ask an admin of the instance to give them the admin role, then come back to this handoff.",
        CannotPlan::NobodyCanRemoveAccess => "The new admin is on the User Access list, nobody is connected, and no other admin is free to connect and remove that access. Ask Adobe support.",
        CannotPlan::Internal => "The planner could not work out the steps (a fault in this guide, not in your answers). Start over, and tell whoever maintains this page.",
    }
}

pub(super) fn sia_hazard(h: &Hazard, names: &Names) -> String {
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

pub(super) fn sia_effect(e: &Effect, names: &Names) -> String {
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

pub(super) fn sia_did(a: &Action, actor: &str, names: &Names) -> String {
    match a {
        Action::Connect => format!("{actor} clicked Connect"),
        Action::Disconnect => format!("{actor} clicked Disconnect"),
        Action::GrantAccess { users, .. } => format!("{actor} gave access to {}", list(users, names)),
        Action::RemoveAccess { user } => format!("{actor} removed access for {}", names(*user)),
        Action::RemovePerson { person } => format!("{actor} removed {} from the instance", names(*person)),
    }
}

pub(super) const SIA: SiaTexts = SiaTexts {
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
    sia_errata_original_user: None,
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
};
