//! Guide mode's answers, and the organisation they describe.

use serde::{Deserialize, Serialize};

use super::{name_problem, Connection, Day, Org, Refused, Step3Notes, TextProblem, UserKind, Version};

/// Guide mode: the organisation the answers describe (the variant, the version and the
/// filter choice decide which steps apply; the values written down decide their steps).
/// With a password, a usable user name typed stands for the reader's sync user, so the
/// user name for Step 4 of 4 counts as written down.
pub fn guide_org(answers: &Answers) -> Org {
    let mut org = Org::new(Version::parse(&answers.version).ok());
    org.filter_wanted = answers.filter;
    org.connection = answers.connection;
    org.notes = answers.notes.clone();
    if answers.connection == Connection::SyncUserPassword && answers.name_problem().is_none() {
        org.push_user(
            answers.name.trim().to_string(),
            answers.email.trim().to_string(),
            UserKind::DedicatedSyncUser,
            true,
        );
    }
    org
}

/// The guide's answers. A blank name stands for the sample sync user's name in the
/// reader's language. No answer is ever a secret: one that looks like it is refused when
/// typed and when read back (storage, files, links).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(try_from = "RawAnswers")]
pub struct Answers {
    pub(crate) version: String,
    pub(crate) name: String,
    pub(crate) email: String,
    pub(crate) filter: bool,
    /// Saved before the question existed: the password variant.
    #[serde(default = "Connection::legacy")]
    pub(crate) connection: Connection,
    /// Server-to-server: the values written down for Step 3.
    #[serde(default)]
    pub(crate) notes: Step3Notes,
    /// Server-to-server: when the client secret expires (`YYYY-MM-DD`, optional).
    #[serde(default)]
    pub(crate) secret_expires: String,
}

#[derive(Deserialize)]
struct RawAnswers {
    version: String,
    name: String,
    email: String,
    filter: bool,
    #[serde(default = "Connection::legacy")]
    connection: Connection,
    #[serde(default)]
    notes: Step3Notes,
    #[serde(default)]
    secret_expires: String,
}

impl TryFrom<RawAnswers> for Answers {
    type Error = Refused;
    fn try_from(raw: RawAnswers) -> Result<Self, Refused> {
        let answers = Answers {
            version: raw.version,
            name: raw.name,
            email: raw.email,
            filter: raw.filter,
            connection: raw.connection,
            notes: raw.notes,
            secret_expires: raw.secret_expires,
        };
        answers.keeps_no_secret()?;
        Ok(answers)
    }
}

impl Answers {
    /// These answers with one more, checked as the widget checks it (no secret, not too
    /// long, a URL to confirm): the only way to change them outside the domain.
    pub fn with(mut self, answer: super::DynAnswer) -> Result<Answers, Refused> {
        <super::DynamicsStep2 as crate::saved::FlowSpec>::apply(&mut self, answer)?;
        Ok(self)
    }

    /// The Marketo solution's version as typed.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The sync user's name as typed (blank: the sample name).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The sync user's e-mail as typed.
    pub fn email(&self) -> &str {
        &self.email
    }

    /// Whether the reader wants the sync filter.
    pub fn filter(&self) -> bool {
        self.filter
    }

    /// The connection the reader follows.
    pub fn connection(&self) -> Connection {
        self.connection
    }

    /// Server-to-server: the values written down for Step 3.
    pub fn notes(&self) -> &Step3Notes {
        &self.notes
    }

    /// Server-to-server: the client secret's expiry as typed (`YYYY-MM-DD`, optional).
    pub fn secret_expires(&self) -> &str {
        &self.secret_expires
    }

    /// The widget's own rule: no answer is a secret (the values for Step 3 are checked by
    /// [`Step3Notes`] itself).
    pub fn keeps_no_secret(&self) -> Result<(), Refused> {
        for text in [&self.version, &self.name, &self.email, &self.secret_expires] {
            Step3Notes::admits(text)?;
        }
        Ok(())
    }

    /// What is wrong with the sync user's name typed (blank: not written down yet).
    pub fn name_problem(&self) -> Option<TextProblem> {
        name_problem(&self.name, &[])
    }

    /// The secret's expiry as a day, when given and valid on `today` (within Entra's limit).
    pub fn expires(&self, today: Day) -> Option<Day> {
        Day::parse_expiry(&self.secret_expires, today).ok()
    }

    /// What is wrong with the expiry typed, if anything (blank is fine: it is optional).
    pub fn expiry_problem(&self, today: Day) -> Option<crate::s2s::DayError> {
        let text = self.secret_expires.trim();
        (!text.is_empty()).then(|| Day::parse_expiry(text, today).err()).flatten()
    }
}
