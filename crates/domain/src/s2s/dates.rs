//! Days in the reader's own calendar, and how long a client secret lives.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The reader's offset from UTC at a moment, in minutes east (Seoul +540, New York -300),
/// as the browser reports it; held within the offsets the world uses (±14 hours).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "i32", into = "i32")]
pub struct UtcOffset(i16);

impl UtcOffset {
    pub const UTC: UtcOffset = UtcOffset(0);
    const MAX_MINUTES: i32 = 14 * 60;

    /// `minutes` east of UTC (anything beyond ±14 hours is held at the limit).
    pub fn east(minutes: i32) -> UtcOffset {
        UtcOffset(minutes.clamp(-Self::MAX_MINUTES, Self::MAX_MINUTES) as i16)
    }

    /// From JavaScript's `Date.getTimezoneOffset()`, which counts minutes *west*.
    pub fn from_js(minutes_west: f64) -> UtcOffset {
        if minutes_west.is_finite() {
            UtcOffset::east(-(minutes_west.round().clamp(-100_000.0, 100_000.0) as i32))
        } else {
            UtcOffset::UTC
        }
    }

    pub fn minutes(self) -> i32 {
        i32::from(self.0)
    }

    pub fn is_utc(&self) -> bool {
        self.0 == 0
    }
}

impl From<i32> for UtcOffset {
    fn from(minutes: i32) -> Self {
        UtcOffset::east(minutes)
    }
}

impl From<UtcOffset> for i32 {
    fn from(o: UtcOffset) -> i32 {
        o.minutes()
    }
}

/// A day of the reader's calendar, for the client secret's expiry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Day {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// Why a text is not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DayError {
    /// Not `YYYY-MM-DD`.
    NotADate,
    /// A month or day that the calendar does not have.
    NoSuchDay,
    /// Before 2000 or after 2299: surely a typing mistake.
    OutOfRange,
    /// More than [`MAX_SECRET_MONTHS`] after today: Microsoft Entra gives no client secret
    /// a longer life (C11), so the date is mistyped.
    TooFarAhead { latest: Day },
}

/// Microsoft Entra lets a client secret live this many months at most (and recommends
/// less than 12).
pub const MAX_SECRET_MONTHS: u32 = 24;

const MS_PER_DAY: u64 = 86_400_000;

impl Day {
    /// Reads `YYYY-MM-DD` (what a date field gives).
    pub fn parse(text: &str) -> Result<Day, DayError> {
        let text = text.trim();
        let mut parts = text.split('-');
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(DayError::NotADate);
        };
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            return Err(DayError::NotADate);
        }
        let (year, month, day): (u16, u8, u8) = (
            y.parse().map_err(|_| DayError::NotADate)?,
            m.parse().map_err(|_| DayError::NotADate)?,
            d.parse().map_err(|_| DayError::NotADate)?,
        );
        if !(2000..=2299).contains(&year) {
            return Err(DayError::OutOfRange);
        }
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(DayError::NoSuchDay);
        }
        Ok(Day { year, month, day })
    }

    /// The same day of the month `months` later (the month's last day when it is shorter).
    pub fn add_months(self, months: u32) -> Day {
        let index = u32::from(self.year) * 12 + u32::from(self.month - 1) + months;
        let year = u16::try_from(index / 12).unwrap_or(u16::MAX);
        let month = (index % 12) as u8 + 1;
        Day { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// Reads a client secret's expiry, typed as `YYYY-MM-DD`, and checks it against
    /// Entra's limit counted from `today`.
    pub fn parse_expiry(text: &str, today: Day) -> Result<Day, DayError> {
        let day = Day::parse(text)?;
        let latest = today.add_months(MAX_SECRET_MONTHS);
        if day > latest {
            return Err(DayError::TooFarAhead { latest });
        }
        Ok(day)
    }

    /// The day a moment falls on in a calendar `offset` from UTC: the reader's own day
    /// when `offset` is theirs at that moment.
    pub fn local(millis: u64, offset: UtcOffset) -> Day {
        let shift = i64::from(offset.minutes()) * 60_000;
        let at = i64::try_from(millis).unwrap_or(i64::MAX).saturating_add(shift).max(0);
        Day::of(at.unsigned_abs())
    }

    /// The day a moment falls on (UTC).
    pub fn of(millis: u64) -> Day {
        // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
        let z = (millis / MS_PER_DAY) as i64 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)).clamp(0, i64::from(u16::MAX)) as u16;
        Day { year, month, day }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The "Expires" choices of Entra's "Add a client secret" panel (the longest is the 24
/// months Entra allows; 180 days is the one it recommends).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum SecretLifetime {
    Days90,
    #[default]
    Days180,
    Days365,
    Days545,
    Days730,
}

impl SecretLifetime {
    pub const ALL: [SecretLifetime; 5] = [
        SecretLifetime::Days90,
        SecretLifetime::Days180,
        SecretLifetime::Days365,
        SecretLifetime::Days545,
        SecretLifetime::Days730,
    ];

    pub fn is_default(&self) -> bool {
        *self == SecretLifetime::default()
    }

    /// The moment a secret made at `created_at` with this lifetime expires.
    pub fn ends(self, created_at: u64) -> u64 {
        created_at.saturating_add(self.days() * MS_PER_DAY)
    }

    pub fn days(self) -> u64 {
        match self {
            SecretLifetime::Days90 => 90,
            SecretLifetime::Days180 => 180,
            SecretLifetime::Days365 => 365,
            SecretLifetime::Days545 => 545,
            SecretLifetime::Days730 => 730,
        }
    }

    /// A stable name for form values.
    pub fn slug(self) -> &'static str {
        match self {
            SecretLifetime::Days90 => "90",
            SecretLifetime::Days180 => "180",
            SecretLifetime::Days365 => "365",
            SecretLifetime::Days545 => "545",
            SecretLifetime::Days730 => "730",
        }
    }

    pub fn from_slug(slug: &str) -> Option<SecretLifetime> {
        SecretLifetime::ALL.into_iter().find(|l| l.slug() == slug)
    }
}
