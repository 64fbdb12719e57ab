//! Passing progress between two people with a link: what a link carries, which widget on
//! a page takes it, and what loading it changes. The bytes (compression, base64url) are
//! the shell's; the decisions are here.

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use crate::saved::{Flow, FlowSpec, Lang, Mode, Part, Saved, Schema, SCHEMA};

/// The longest link payload read, in characters; longer ones are refused before decoding.
pub const MAX_LINK_CHARS: usize = 16 * 1024;
/// The longest inflated payload read, in bytes.
pub const MAX_INFLATED_BYTES: usize = 1024 * 1024;
/// What starts a shared-progress fragment: `#mg-share=<payload>`.
pub const FRAGMENT_PREFIX: &str = "mg-share=";

/// What a link carries: which widget it is for, and that widget's progress.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(bound = "")]
pub struct Shared<F: FlowSpec> {
    pub flow: Flow,
    pub storage_key: String,
    pub state: Saved<F>,
}

/// The part of a link read before knowing its flow.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Address {
    pub flow: Flow,
    pub storage_key: String,
}

impl<F: FlowSpec> Schema for Shared<F> {
    const SCHEMA: u32 = SCHEMA;
    /// Links did not exist in schema 1.
    type V1 = IgnoredAny;
    fn from_v1(_: IgnoredAny) -> Option<Self> {
        None
    }
}

impl<F: FlowSpec> Saved<F> {
    /// What a link carries of this state: answers, ticks and, in practice mode, the
    /// simulated state. The reader's own language is never passed on; a guide-mode link
    /// carries no practice.
    pub fn for_sharing(&self) -> Saved<F> {
        let mut shared = self.clone();
        shared.forget(Part::Lang);
        if self.mode() == Mode::Guide {
            shared.forget(Part::Practice);
            shared.practice = F::fresh_practice(self.lang().unwrap_or(Lang::En));
        }
        shared
    }
}

/// Why a link was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// Longer than [`MAX_LINK_CHARS`]: refused before decoding.
    TooLong,
    /// Cut off, or changed on the way (not base64url, not deflate, not the envelope).
    Damaged,
    /// Made by a newer version of the guide.
    Newer,
    /// For a guide that is not on this page.
    NoSuchGuide(Flow),
}

/// Which widget on a page takes a link for `address`: the one of the same flow and storage
/// key; else, if exactly one widget of that flow is on the page, that one. `widgets` lists
/// the page's widgets in order; the answer is an index into it.
pub fn route(address: &Address, widgets: &[(Flow, String)]) -> Result<usize, LinkProblem> {
    if let Some(i) = widgets.iter().position(|(f, k)| *f == address.flow && *k == address.storage_key) {
        return Ok(i);
    }
    let mut same_flow = widgets.iter().enumerate().filter(|(_, (f, _))| *f == address.flow);
    match (same_flow.next(), same_flow.next()) {
        (Some((i, _)), None) => Ok(i),
        _ => Err(LinkProblem::NoSuchGuide(address.flow)),
    }
}
