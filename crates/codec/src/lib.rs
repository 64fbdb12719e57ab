//! JSON text to typed values and back: the one codec storage, files and links go through.
//!
//! Small on purpose. serde_json was the largest library in a guide-only module; this codec
//! reads JSON into a plain tree ([`Doc`]) and hands it to the shapes' serde derives, and
//! writes compact JSON text. It is the same code natively and in the browser, so the native
//! tests and fuzzing cover what ships. It reads what serde_json writes and writes what
//! serde_json writes, byte for byte (the tests compare the two on rich states and on
//! arbitrary texts). Numbers are integers only: nothing the widget saves is fractional, and
//! leaving floats out keeps float parsing and printing out of the module. A fraction or an
//! exponent is read as "not an integer", which every shape refuses, as it did before.
//!
//! Two differences from serde_json, both on texts no build writes: a number beyond a
//! double's range (`1e999`) is JSON here (a shape refuses it all the same), and a struct is
//! read from an object only, never from a list of its fields in order.
//!
//! Errors are values with a short reason; nothing here panics, whatever the text.

use std::fmt::Display;

mod parse;
mod read;
mod write;

pub use parse::parse;
use read::wrong_type;
pub use write::{to_string, Compound};

use serde::de::{self, DeserializeOwned};
use serde::ser;

/// Lists and objects nest at most this deep: far deeper than any saved shape, shallow
/// enough for any stack, and where serde_json stops too.
const MAX_DEPTH: usize = 127;

/// Why a text did not read (or a value did not write).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl Error {
    fn new(reason: &str) -> Error {
        Error(reason.to_string())
    }
}

impl From<Error> for String {
    fn from(e: Error) -> String {
        e.0
    }
}

impl de::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
    // serde's defaults describe the unexpected value, floats included; that would bring
    // float printing into the module for a message nobody reads. Name the rule only.
    fn invalid_type(_: de::Unexpected, _: &dyn de::Expected) -> Self {
        wrong_type()
    }
    fn invalid_value(_: de::Unexpected, _: &dyn de::Expected) -> Self {
        Error::new("a value out of range")
    }
    fn invalid_length(_: usize, _: &dyn de::Expected) -> Self {
        Error::new("a list of the wrong length")
    }
    fn unknown_variant(variant: &str, _: &'static [&'static str]) -> Self {
        Error(["unknown name `", variant, "`"].concat())
    }
    fn unknown_field(field: &str, _: &'static [&'static str]) -> Self {
        Error(["unknown field `", field, "`"].concat())
    }
    fn missing_field(field: &'static str) -> Self {
        Error(["missing field `", field, "`"].concat())
    }
    fn duplicate_field(field: &'static str) -> Self {
        Error(["field `", field, "` twice"].concat())
    }
}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// A JSON number, as far as the shapes need it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    Unsigned(u64),
    /// Negative (never zero).
    Negative(i64),
    /// A fraction, an exponent, `-0`, or an integer outside `i64`/`u64`.
    NotInteger,
}

/// A parsed JSON document.
#[derive(Debug, Clone, PartialEq)]
pub enum Doc {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Doc>),
    /// In the text's order; a repeated key is kept twice (a shape then refuses it).
    Object(Vec<(String, Doc)>),
}

/// Reads a JSON text into a typed shape.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    parse(text)?.decode()
}

impl Doc {
    pub fn is_object(&self) -> bool {
        matches!(self, Doc::Object(_))
    }

    /// The value under `key`, if this is an object that has it (the last, if repeated, as
    /// serde_json's `Value` kept it).
    pub fn field(&self, key: &str) -> Option<&Doc> {
        match self {
            Doc::Object(entries) => entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Doc::Number(Number::Unsigned(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Doc::String(s) => Some(s),
            _ => None,
        }
    }

    /// This document as a typed shape.
    pub fn decode<T: DeserializeOwned>(&self) -> Result<T, Error> {
        T::deserialize(self)
    }
}
