//! Marketo solution versions: exactly four numeric parts, such as `4.0.0.14`.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A parsed solution version. Compares part by part, numerically (`4.0.0.9 < 4.0.0.14`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Version([u32; 4]);

/// The first version in which only the dedicated sync user needs the Marketo Sync User role.
pub const SYNC_USER_ONLY: Version = Version([4, 0, 0, 14]);

/// The largest number of digits accepted in one part.
pub const MAX_PART_DIGITS: usize = 9;

/// The longest version text worth typing: four parts of the most digits a part may have.
pub const MAX_VERSION_CHARS: usize = 4 * MAX_PART_DIGITS + 3;

/// Why a text is not a version. Positions count from 1, as a person would.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VersionError {
    /// Nothing was entered.
    Empty,
    /// Not four parts separated by dots.
    WrongNumberOfParts { found: usize },
    /// Two dots in a row, or a dot at either end.
    EmptyPart { position: usize },
    /// A part starts with a minus sign.
    Negative { position: usize },
    /// A part has more than [`MAX_PART_DIGITS`] digits.
    TooLarge { position: usize },
    /// A part has something other than the digits 0–9 (the text is cut to 20 characters).
    NotANumber { position: usize, text: String },
}

impl Version {
    pub const fn new(a: u32, b: u32, c: u32, d: u32) -> Self {
        Version([a, b, c, d])
    }

    pub fn parts(&self) -> [u32; 4] {
        self.0
    }

    /// Parses `a.b.c.d`. Spaces around the whole text are ignored; nothing else is.
    pub fn parse(text: &str) -> Result<Self, VersionError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(VersionError::Empty);
        }
        let found = text.split('.').count();
        if found != 4 {
            return Err(VersionError::WrongNumberOfParts { found });
        }
        let mut parts = [0u32; 4];
        for (i, part) in text.split('.').enumerate() {
            let position = i + 1;
            if part.is_empty() {
                return Err(VersionError::EmptyPart { position });
            }
            if part.starts_with('-') && part.len() > 1 && part[1..].bytes().all(|b| b.is_ascii_digit()) {
                return Err(VersionError::Negative { position });
            }
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                let text: String = part.chars().take(20).collect();
                return Err(VersionError::NotANumber { position, text });
            }
            if part.len() > MAX_PART_DIGITS {
                return Err(VersionError::TooLarge { position });
            }
            // At most nine ASCII digits: always fits in u32.
            parts[i] = part.bytes().fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
        }
        Ok(Version(parts))
    }

    /// From this version on, only the dedicated sync user needs the role.
    pub fn only_sync_user_needs_role(&self) -> bool {
        *self >= SYNC_USER_ONLY
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [a, b, c, d] = self.0;
        write!(f, "{a}.{b}.{c}.{d}")
    }
}

impl std::str::FromStr for Version {
    type Err = VersionError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Version::parse(s)
    }
}

impl TryFrom<String> for Version {
    type Error = VersionError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Version::parse(&s)
    }
}

impl From<Version> for String {
    fn from(v: Version) -> String {
        v.to_string()
    }
}

impl fmt::Display for VersionError {
    /// A plain-English rendering for logs and serde errors; the UI localises the variants.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VersionError::Empty => write!(f, "no version entered"),
            VersionError::WrongNumberOfParts { found } => {
                write!(f, "expected four parts, found {found}")
            }
            VersionError::EmptyPart { position } => write!(f, "part {position} is empty"),
            VersionError::Negative { position } => write!(f, "part {position} is negative"),
            VersionError::TooLarge { position } => write!(f, "part {position} is too long"),
            VersionError::NotANumber { position, text } => {
                write!(f, "part {position} ({text}) is not a number")
            }
        }
    }
}
