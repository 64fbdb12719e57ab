//! The Dynamics checklist as a reader gets it, and the guide's decisions about the sync
//! identity: which name the steps use (a blank name stands for the sample sync user), what
//! is wrong with the user typed, and where a section begins. The view only puts them into
//! words.

use crate::engine::Engine;

use super::{
    checklist, guide_org, sample_sync_user, Action, Answers, ChecklistRow, Connection, DynSession, DynamicsAdmin, Lang,
    NotApplicable, Org, Refusal, Section, Session, Status, StepDef, StepId,
};
use crate::checklist::{Checklist, Item};

/// What a Dynamics step shows beyond its status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DynDetail {
    pub step: StepDef,
    /// The section this step opens (its heading is shown above it), if it is the first of one.
    pub opens: Option<Section>,
    /// The inbox the sign-in details go to, when the reader gave one: a note of its own
    /// before the step's notes (from [`Note::CredentialsEmailReal`]'s page).
    pub email: Option<String>,
}

pub type DynChecklist = Checklist<StepId, NotApplicable, DynDetail>;

/// The identity the steps name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncName {
    /// Server-to-server: the application user (the view names it in the reader's language).
    AppUser,
    /// The sync user: the name typed, or the sample one in the reader's language.
    User(String),
}

impl Answers {
    /// The name the guide's steps use for the sync identity.
    pub fn sync_name(&self, lang: Lang) -> SyncName {
        match (self.connection, self.name.trim()) {
            (Connection::ServerToServer, _) => SyncName::AppUser,
            (_, "") => SyncName::User(sample_sync_user(lang).to_string()),
            (_, name) => SyncName::User(name.to_string()),
        }
    }

    /// What the practice's rule for creating a sync user (D7, S5) says of the user typed,
    /// so that the guide refuses what practice refuses. A name without an e-mail yet is not
    /// a problem: the reader is still typing.
    pub fn user_refusal(&self) -> Option<Refusal> {
        if self.email.trim().is_empty() && !self.name.trim().is_empty() {
            return None;
        }
        let create = Action::CreateSyncUser { name: self.name.clone(), email: self.email.clone() };
        Org::default().check(&DynamicsAdmin, &create, 0).err()
    }
}

impl Session<Org> {
    /// The name practice steps use: the sync user created, or the sample one.
    pub fn sync_name(&self, lang: Lang) -> String {
        self.state().sync_user().map_or_else(|| sample_sync_user(lang).to_string(), |u| u.name.clone())
    }
}

/// The guide's checklist: the answers' organisation with the reader's ticks.
pub fn guide_checklist(answers: &Answers, ticked: &[StepId]) -> DynChecklist {
    let email = Some(answers.email.trim()).filter(|e| !e.is_empty()).map(str::to_string);
    listed(checklist(&guide_org(answers), Some(ticked)), email)
}

/// The practice checklist: ticked by the session's state.
pub fn practice_checklist(session: &DynSession) -> DynChecklist {
    listed(checklist(session.state(), None), None)
}

fn listed(rows: Vec<ChecklistRow>, email: Option<String>) -> DynChecklist {
    let mut last = None;
    let items = rows
        .into_iter()
        .map(|r| {
            let opens = r.step.section.filter(|s| Some(*s) != last);
            last = r.step.section;
            // The e-mail note goes with the step that asks for the e-mail, when one is given.
            let email = email.clone().filter(|_| r.step.id == StepId::CreateUser);
            let status = match r.status {
                Status::Done => Status::Done,
                Status::Current => Status::Current,
                Status::Waiting { .. } | Status::Later => Status::Later,
                Status::Skipped(na) => Status::Skipped(na),
            };
            Item {
                key: r.step.id,
                status,
                actor: None,
                source: r.step.source(),
                auto: r.step.id.recorded(),
                detail: DynDetail { opens, email, step: r.step },
            }
        })
        .collect();
    Checklist::new(items)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dynamics::{sample_sync_user, Answers, Connection, Lang, Section, StepId};
    use crate::Rule;
    fn answers(connection: Connection, name: &str, email: &str) -> Answers {
        Answers { connection, name: name.into(), email: email.into(), ..Answers::default() }
    }

    #[test]
    fn a_blank_name_stands_for_the_sample_sync_user_and_server_to_server_names_the_app_user() {
        let blank = answers(Connection::SyncUserPassword, "  ", "");
        assert_eq!(blank.sync_name(Lang::Ko), SyncName::User(sample_sync_user(Lang::Ko).to_string()));
        assert_eq!(
            answers(Connection::SyncUserPassword, " Sync ", "").sync_name(Lang::En),
            SyncName::User("Sync".into())
        );
        assert_eq!(answers(Connection::ServerToServer, "Sync", "").sync_name(Lang::En), SyncName::AppUser);
    }

    #[test]
    fn the_guide_refuses_the_user_practice_refuses() {
        assert_eq!(answers(Connection::SyncUserPassword, "Sync", "").user_refusal(), None, "still typing");
        assert_eq!(answers(Connection::SyncUserPassword, "Sync", "sync@example.com").user_refusal(), None);
        let bad = answers(Connection::SyncUserPassword, "Sync", "not an address").user_refusal().unwrap();
        assert_eq!(bad.rule, Rule::D7);
        let blank = answers(Connection::SyncUserPassword, "", "sync@example.com").user_refusal().unwrap();
        assert_eq!(blank.rule, Rule::D7);
    }

    #[test]
    fn the_e_mail_note_goes_with_the_user_step_only_when_an_e_mail_is_given() {
        let email = |a: &Answers| guide_checklist(a, &[]).item(StepId::CreateUser).unwrap().detail.email.clone();
        assert_eq!(email(&answers(Connection::SyncUserPassword, "", " ")), None);
        let given = answers(Connection::SyncUserPassword, "", " sync@example.com ");
        let item = guide_checklist(&given, &[]);
        assert_eq!(item.item(StepId::CreateUser).unwrap().detail.email.as_deref(), Some("sync@example.com"));
        assert!(item.items().iter().filter(|i| i.key != StepId::CreateUser).all(|i| i.detail.email.is_none()));
    }

    #[test]
    fn each_section_is_opened_once_and_values_written_down_tick_themselves() {
        for connection in [Connection::ServerToServer, Connection::SyncUserPassword] {
            let list = guide_checklist(&answers(connection, "", ""), &[]);
            let opened: Vec<Section> = list.items().iter().filter_map(|i| i.detail.opens).collect();
            let mut unique = opened.clone();
            unique.dedup();
            assert_eq!(opened, unique, "{connection:?}");
            for i in list.items() {
                assert_eq!(i.auto, i.key.recorded());
            }
            let p = list.progress();
            assert_eq!(p.current.map(|(n, _)| n), Some(p.done.min(p.applicable)).filter(|_| !p.complete()));
        }
    }
}
