//! The simulated Microsoft Entra tenant (practice only), and the made-up IDs and secret
//! values it shows.

use super::{Day, Guid, OrgUrl, OrgUrlForm, SecretLifetime, UtcOffset};
use serde::{Deserialize, Serialize};

/// A step of a small deterministic mixer (SplitMix64): the simulated IDs come from it, so a
/// practice is reproducible and no clock or randomness enters the domain.
fn mix(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A GUID made from a seed (never nil: the version digit is 4).
pub fn guid_from(seed: u64) -> Guid {
    let (a, b) = (mix(seed), mix(seed ^ 0x5DEE_CE66_D1CE_4E5B));
    let hex = format!("{a:016x}{b:016x}");
    let mut digits: Vec<char> = hex.chars().collect();
    digits[12] = '4';
    let text: String = digits.into_iter().collect();
    let g = format!("{}-{}-{}-{}-{}", &text[0..8], &text[8..12], &text[12..16], &text[16..20], &text[20..32]);
    Guid(g)
}

/// The value a practice client secret shows once: made up from the app, the secret and the
/// time it was made, never saved, and marked so nobody takes it for a real one.
pub fn practice_secret_value(client_id: &Guid, secret: u32, created_at: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-";
    let mut seed = mix(created_at ^ u64::from(secret).rotate_left(32));
    for b in client_id.as_str().bytes() {
        seed = mix(seed ^ u64::from(b));
    }
    let mut out = String::from("PRACTICE");
    out.push_str("8Q~");
    for _ in 0..29 {
        seed = mix(seed);
        out.push(ALPHABET[(seed % ALPHABET.len() as u64) as usize] as char);
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AppId(pub u32);

/// A client secret of an app registration. Its value is never kept: while `visible` the
/// page can show it (made up again by [`practice_secret_value`]); leaving the page, or
/// saving and reading back, hides it for good.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Secret {
    pub id: u32,
    pub description: String,
    pub created_at: u64,
    /// The "Expires" chosen when it was made (saved before the choice existed: 180 days;
    /// the default is left out when written, as older builds wrote it).
    #[serde(default, skip_serializing_if = "SecretLifetime::is_default")]
    pub lifetime: SecretLifetime,
    /// Copied to a safe place while it was shown.
    pub copied: bool,
    /// The reader's offset from UTC at the moment it expires, so that its expiry is a day
    /// of the reader's calendar (saved before it was kept: UTC).
    #[serde(default, skip_serializing_if = "UtcOffset::is_utc")]
    pub offset: UtcOffset,
    /// Shown on the open page right now. Never saved: a page opened again shows it masked.
    #[serde(skip_serializing, default)]
    pub visible: bool,
}

impl Secret {
    /// The moment it expires.
    pub fn expires_at(&self) -> u64 {
        self.lifetime.ends(self.created_at)
    }

    /// The day it expires, in the reader's calendar.
    pub fn expires_on(&self) -> Day {
        Day::local(self.expires_at(), self.offset)
    }

    /// Gone for good: hidden before it was copied.
    pub fn lost(&self) -> bool {
        !self.visible && !self.copied
    }
}

/// An app registration in the simulated Entra admin center.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct App {
    pub id: AppId,
    pub name: String,
    /// Supported account types: "Accounts in this organizational directory only".
    pub single_tenant: bool,
    pub client_id: Guid,
    /// Admin consent granted for the tenant.
    pub consent: bool,
    pub secrets: Vec<Secret>,
}

impl App {
    /// A secret copied to a safe place (the newest).
    pub fn saved_secret(&self) -> Option<&Secret> {
        self.secrets.iter().rev().find(|s| s.copied)
    }
}

/// A tab of an app registration's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AppTab {
    Overview,
    CertificatesSecrets,
    ApiPermissions,
}

/// Where the trainee is in the simulated Entra admin center.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Page {
    #[default]
    AppRegistrations,
    NewRegistration,
    App {
        app: AppId,
        tab: AppTab,
    },
}

/// The simulated tenant and Dynamics environment of a server-to-server practice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tenant {
    pub tenant_id: Guid,
    pub org_url: OrgUrl,
    pub apps: Vec<App>,
    pub page: Page,
    pub next_app: u32,
    pub next_secret: u32,
}

/// The training tenant's organization address.
pub const PRACTICE_ORG_URL: &str = "https://contoso-training.crm.dynamics.com";
/// The training tenant's mail domain (application users' addresses end with it).
pub const PRACTICE_DOMAIN: &str = "contoso-training.onmicrosoft.com";

impl Tenant {
    pub fn practice() -> Tenant {
        Tenant {
            tenant_id: guid_from(0x007E_4A47),
            // A constant known to parse (a native test reads it).
            org_url: OrgUrl::parse(PRACTICE_ORG_URL).unwrap_or_else(|_| OrgUrl {
                host: "contoso.crm.dynamics.com".into(),
                org_host: "contoso.crm.dynamics.com".into(),
                form: OrgUrlForm::Address,
                caution: None,
            }),
            apps: Vec::new(),
            page: Page::AppRegistrations,
            next_app: 1,
            next_secret: 1,
        }
    }

    pub fn app(&self, id: AppId) -> Option<&App> {
        self.apps.iter().find(|a| a.id == id)
    }

    pub(crate) fn app_mut(&mut self, id: AppId) -> Option<&mut App> {
        self.apps.iter_mut().find(|a| a.id == id)
    }

    /// The app's secret, if both exist.
    pub fn secret(&self, app: AppId, secret: u32) -> Option<&Secret> {
        self.app(app).and_then(|a| a.secrets.iter().find(|s| s.id == secret))
    }

    /// The same tenant as it reads back from storage: every shown secret hidden.
    pub fn reloaded(&self) -> Tenant {
        let mut t = self.clone();
        for s in t.apps.iter_mut().flat_map(|a| a.secrets.iter_mut()) {
            s.visible = false;
        }
        t
    }
}
