//! The attributes a documentation page puts on an embedding element, read and checked.
//! Outside data: every value may be anything, and a bad one gets a message that names the
//! attribute and the values it accepts (the other widgets on the page keep working).

use crate::saved::{Flow, Lang, Mode, MAX_STORAGE_KEY_CHARS};

/// Names the flow; marks the element as a widget.
pub const ATTR_FLOW: &str = "data-marketo-guide";
pub const ATTR_LANG: &str = "data-lang";
pub const ATTR_MODE: &str = "data-mode";
pub const ATTR_THEME: &str = "data-theme";
pub const ATTR_LOAD: &str = "data-load";
pub const ATTR_STORAGE_KEY: &str = "data-storage-key";

/// The longest attribute value repeated in a message, in characters.
const QUOTE_CHARS: usize = 40;

/// Light, dark, or following the reader's system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// When the widget's module is fetched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Load {
    /// When the widget comes near the viewport.
    #[default]
    Lazy,
    /// At once.
    Eager,
}

impl Load {
    pub const ALL: [Load; 2] = [Load::Lazy, Load::Eager];
    pub fn name(self) -> &'static str {
        match self {
            Load::Lazy => "lazy",
            Load::Eager => "eager",
        }
    }
}

impl Mode {
    pub const ALL: [Mode; 2] = [Mode::Guide, Mode::Practice];
    /// The value of `data-mode`.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Guide => "guide",
            Mode::Practice => "practice",
        }
    }
}

/// The element's attributes as the page wrote them (`None`: absent).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attributes {
    pub flow: Option<String>,
    pub lang: Option<String>,
    pub mode: Option<String>,
    pub theme: Option<String>,
    pub load: Option<String>,
    pub storage_key: Option<String>,
}

/// A widget's configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub flow: Flow,
    /// `data-lang`, if given (else the page's and the browser's languages decide).
    pub lang: Option<Lang>,
    pub mode: Option<Mode>,
    pub theme: Theme,
    pub load: Load,
    /// Where progress is kept (default: the flow's name).
    pub storage_key: String,
}

/// An attribute with a value the widget does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadAttribute {
    pub attribute: &'static str,
    /// The value as written (cut to a readable length).
    pub value: String,
    pub accepted: Vec<&'static str>,
}

/// Reads a value from a fixed list: trimmed, case-insensitive. Absent or blank: `None`.
fn choose<T: Copy>(
    attribute: &'static str,
    value: Option<&str>,
    all: &[T],
    name: impl Fn(T) -> &'static str,
) -> Result<Option<T>, BadAttribute> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else { return Ok(None) };
    all.iter().copied().find(|x| name(*x).eq_ignore_ascii_case(value)).map(Some).ok_or_else(|| BadAttribute {
        attribute,
        value: value.chars().take(QUOTE_CHARS).collect(),
        accepted: all.iter().map(|x| name(*x)).collect(),
    })
}

/// Reads and checks an element's attributes; the first bad one is reported.
pub fn read(a: &Attributes) -> Result<Config, BadAttribute> {
    let flow = choose(ATTR_FLOW, Some(a.flow.as_deref().unwrap_or("")), &Flow::ALL, Flow::name)?;
    let flow = flow.ok_or_else(|| BadAttribute {
        attribute: ATTR_FLOW,
        value: String::new(),
        accepted: Flow::ALL.iter().map(|f| f.name()).collect(),
    })?;
    let lang = match a.lang.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        None => None,
        Some(tag) => Some(Lang::from_tag(tag).ok_or_else(|| BadAttribute {
            attribute: ATTR_LANG,
            value: tag.chars().take(QUOTE_CHARS).collect(),
            accepted: Lang::ALL.iter().map(|l| l.tag()).collect(),
        })?),
    };
    let mode = choose(ATTR_MODE, a.mode.as_deref(), &Mode::ALL, Mode::name)?;
    let theme = choose(ATTR_THEME, a.theme.as_deref(), &Theme::ALL, Theme::name)?.unwrap_or_default();
    let load = choose(ATTR_LOAD, a.load.as_deref(), &Load::ALL, Load::name)?.unwrap_or_default();
    let storage_key = a
        .storage_key
        .as_deref()
        .map(|k| k.trim().chars().take(MAX_STORAGE_KEY_CHARS).collect::<String>())
        .filter(|k| !k.is_empty())
        .unwrap_or_else(|| flow.name().to_string());
    Ok(Config { flow, lang, mode, theme, load, storage_key })
}

/// The fragment that links to one step of one widget: `mg-<storage key>-<step slug>`.
pub fn step_fragment(storage_key: &str, step_slug: &str) -> String {
    format!("mg-{storage_key}-{step_slug}")
}
