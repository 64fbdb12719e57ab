//! The training organisation: sample users in each language, the versions to practise with, and where each preset starts.

use serde::{Deserialize, Serialize};

use super::Practised;
use super::{
    readiness, Connection, DynamicsAdmin, Effect, Lang, Org, Preset, Session, Tenant, UserId, UserKind, Version,
};

/// The solution versions a trainer can practise with, one on each side of 4.0.0.14.
pub const PRACTICE_VERSIONS: [Version; 2] = [Version::new(4, 0, 0, 14), Version::new(3, 1, 0, 2)];

/// The training organisation's existing CRM users in each language: (name, e-mail, takes
/// part in the sync).
pub fn sample_users(lang: Lang) -> [(&'static str, &'static str, bool); 3] {
    match lang {
        Lang::En => [
            ("Pat Seller", "pat.seller@example.com", true),
            ("Quinn Rivera", "quinn.rivera@example.com", true),
            ("Robin Admin", "robin.admin@example.com", false),
        ],
        Lang::Ko => [
            ("한영업", "sales.han@example.com", true),
            ("오지현", "jihyun.oh@example.com", true),
            ("윤관리", "admin.yoon@example.com", false),
        ],
        Lang::Ja => [
            ("営業 花子", "hanako.eigyo@example.com", true),
            ("小林 真", "makoto.kobayashi@example.com", true),
            ("管理 太郎", "taro.kanri@example.com", false),
        ],
    }
}

/// The sync user's name in examples, when the reader has not given one yet.
pub fn sample_sync_user(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Marketo Sync",
        Lang::Ko => "Marketo 동기화",
        Lang::Ja => "Marketo 同期",
    }
}

/// The training organisation: the Marketo solution at `version`, and three existing CRM
/// users (two of whom take part in the sync).
pub fn practice_scenario(version: Option<Version>, lang: Lang) -> Org {
    let mut org = Org::new(version);
    for (name, email, syncs) in sample_users(lang) {
        // Known-good sample data (a native test checks every language's set loads).
        org.push_user(name.to_string(), email.to_string(), UserKind::ExistingCrmUser, syncs);
    }
    org.in_training_tenant()
}

impl Practised for Org {
    /// Step 2 has one actor and nothing to remember beyond the organisation.
    type Memory = ();

    fn remember(&self, _: &mut (), _: &[Effect]) {}

    fn next_actor(&self, _: &(), current: &DynamicsAdmin) -> DynamicsAdmin {
        *current
    }

    fn fits(&self, _: &(), _: &DynamicsAdmin) -> bool {
        true
    }

    fn is_mistake(effect: &Effect) -> bool {
        matches!(
            effect,
            Effect::OpenToAnyOrganization { .. } | Effect::SecretLost { .. } | Effect::MarketoUserLacksRole { .. }
        )
    }

    fn fixes(mistake: &Effect, later: &Effect) -> bool {
        match (mistake, later) {
            (Effect::OpenToAnyOrganization { name }, Effect::MadeSingleTenant { name: fixed }) => name == fixed,
            (Effect::SecretLost { .. }, Effect::SecretCopied { .. }) => true,
            (Effect::MarketoUserLacksRole { user }, Effect::RoleAssigned { user: fixed }) => user == fixed,
            (Effect::MarketoUserLacksRole { user }, Effect::MarketoUserSet { user: other }) => user != other,
            _ => false,
        }
    }
}

/// A Dynamics Step 2 practice.
pub type DynSession = Session<Org>;

/// A fresh practice with the solution at `version` and sample users in `lang`, following
/// today's server-to-server variant in a training tenant.
pub fn practice_session(version: Version, lang: Lang) -> DynSession {
    practice_session_for(Connection::ServerToServer, version, lang)
}

/// Where a Dynamics practice starts (the trainer's scenario presets). All but the first
/// follow the password variant, whose sync user they are about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DynStart {
    /// Today's server-to-server variant, nothing done yet.
    Standard,
    /// Solution 3.x: every user who syncs needs the role too.
    Solution3,
    /// An existing CRM user's own account was picked as the Marketo User.
    CrmUserAsSyncUser,
    /// Sync user made, given the role and chosen as the Marketo User, but not published.
    NotPublished,
}

/// A Dynamics practice that starts at `start`, with sample names in `lang`.
pub fn start_session(start: DynStart, lang: Lang) -> DynSession {
    let password = Connection::SyncUserPassword;
    let mut session = match start {
        DynStart::Standard => return practice_session(PRACTICE_VERSIONS[0], lang),
        DynStart::Solution3 => return practice_session_for(password, PRACTICE_VERSIONS[1], lang),
        DynStart::CrmUserAsSyncUser | DynStart::NotPublished => {
            practice_session_for(password, PRACTICE_VERSIONS[0], lang)
        }
    };
    let mut org = session.state().clone();
    if start == DynStart::CrmUserAsSyncUser {
        // What the rules refuse today, as an older set-up may have it: a colleague's own
        // account in Marketo Config (the first sample user exists in every language).
        org.marketo_user = org.users.first().map(|u| u.id);
        org.config_rev = 1;
        org.published_rev = Some(1);
    } else {
        let name = sample_sync_user(lang).to_string();
        let id = org.push_user(name, "marketo-sync@example.com".into(), UserKind::DedicatedSyncUser, true);
        org.set_role(id, true);
        org.marketo_user = Some(id);
        org.config_rev = 1;
    }
    session = Session::new(org, (), DynamicsAdmin);
    session
}

/// A fresh practice of one variant.
pub fn practice_session_for(connection: Connection, version: Version, lang: Lang) -> DynSession {
    let mut org = practice_scenario(Some(version), lang);
    org.connection = connection;
    org.tenant = Some(Tenant::practice());
    Session::new(org, (), DynamicsAdmin)
}

impl Session<Org> {
    /// A user's name (empty for an id the organisation does not have).
    pub fn name(&self, id: UserId) -> &str {
        self.state().user(id).map_or("", |u| u.name.as_str())
    }

    /// The same practice started again at another solution version (sample names and the
    /// variant kept).
    pub fn with_version(&self, version: Version, lang: Lang) -> DynSession {
        practice_session_for(self.state().connection, version, lang)
    }
}

impl Preset {
    /// The Dynamics practice this preset starts (`None` for a handoff preset).
    pub fn dynamics(self, lang: Lang) -> Option<DynSession> {
        let start = match self {
            Preset::DynamicsStandard => DynStart::Standard,
            Preset::DynamicsSolution3 => DynStart::Solution3,
            Preset::DynamicsCrmUser => DynStart::CrmUserAsSyncUser,
            Preset::DynamicsNotPublished => DynStart::NotPublished,
            _ => return None,
        };
        Some(start_session(start, lang))
    }
}

/// Whether a Dynamics practice has reached its goal: every preset's is "ready for Step 3".
pub fn dynamics_goal_reached(_: Preset, session: &DynSession) -> bool {
    readiness(session.state()).is_ready()
}
