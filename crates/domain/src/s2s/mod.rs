//! The values a server-to-server (OAuth) Dynamics set-up records for Step 3, read and
//! checked: the application (client) ID and the directory (tenant) ID (GUIDs), the
//! application user's name as Step 3 enters it (`user@domain.com` or `DOMAIN\user`), and
//! the organization URL (an https address of a Dynamics organization, which Step 3 cannot
//! change afterwards).
//!
//! A client secret is never one of these values. Text that looks like one (a long random
//! string) is refused with [`LooksLikeSecret`](GuidError::LooksLikeSecret) in every field,
//! so the caller can warn and keep nothing.

/// Longest text any of these fields reads; anything longer is refused unread.
pub const MAX_FIELD_CHARS: usize = 254;

/// Shortest text that may be taken for a pasted secret.
const SECRET_MIN_CHARS: usize = 30;

/// Whether `text` looks like a pasted secret: one long word (30 characters or more) of
/// letters in both cases with digits or the symbols secrets use, not shaped like anything
/// these fields expect. Deliberately generous: a false alarm costs a retype, a miss could
/// keep a secret.
pub fn looks_like_secret(text: &str) -> bool {
    let text = text.trim();
    let chars = text.chars().count();
    if !(SECRET_MIN_CHARS..=MAX_FIELD_CHARS).contains(&chars) || text.chars().any(char::is_whitespace) {
        return false;
    }
    if text.contains("://") || text.contains('@') || text.contains('\\') {
        return false;
    }
    // Hexadecimal digits and hyphens only: an ID, possibly mistyped, never a secret.
    if text.chars().all(|c| c.is_ascii_hexdigit() || matches!(c, '-' | '{' | '}')) {
        return false;
    }
    let lower = text.chars().any(|c| c.is_ascii_lowercase());
    let upper = text.chars().any(|c| c.is_ascii_uppercase());
    let digit = text.chars().any(|c| c.is_ascii_digit());
    let symbol = text.chars().any(|c| matches!(c, '~' | '.' | '_' | '-' | '+' | '/' | '='));
    // Secrets mix both cases with digits or symbols; a mistyped ID or a name does not.
    let ascii = text.chars().all(|c| c.is_ascii_graphic());
    ascii && lower && upper && (digit || symbol)
}

mod dates;
mod notes;
mod tenant;
mod values;

pub use dates::{Day, DayError, SecretLifetime, UtcOffset, MAX_SECRET_MONTHS};
pub use notes::{Connection, NoteField, NoteProblem, Refused, Step3Notes};
pub use tenant::{
    guid_from, practice_secret_value, App, AppId, AppTab, Page, Secret, Tenant, PRACTICE_DOMAIN, PRACTICE_ORG_URL,
};
pub use values::{
    Guid, GuidError, OrgUrl, OrgUrlCaution, OrgUrlError, OrgUrlForm, UserName, UserNameError, DYNAMICS_DOMAIN,
    GUID_GROUPS, ORGANIZATION_SERVICE_PATH,
};
