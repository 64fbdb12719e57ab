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

use serde::de::{self, DeserializeOwned, IntoDeserializer, Visitor};
use serde::ser::{self, Serialize};

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

/// Reads a JSON text (RFC 8259, as strictly as serde_json).
pub fn parse(text: &str) -> Result<Doc, Error> {
    let mut p = Parser { bytes: text.as_bytes(), at: 0 };
    let doc = p.value(0)?;
    p.space();
    if p.at != p.bytes.len() {
        return Err(Error::new("text after the value"));
    }
    Ok(doc)
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

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, word: &[u8]) -> bool {
        let found = self.bytes[self.at..].starts_with(word);
        if found {
            self.at += word.len();
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Doc, Error> {
        self.space();
        if matches!(self.peek(), Some(b'[' | b'{')) && depth >= MAX_DEPTH {
            return Err(Error::new("nested too deeply"));
        }
        match self.peek() {
            Some(b'n') if self.eat(b"null") => Ok(Doc::Null),
            Some(b't') if self.eat(b"true") => Ok(Doc::Bool(true)),
            Some(b'f') if self.eat(b"false") => Ok(Doc::Bool(false)),
            Some(b'"') => self.string().map(Doc::String),
            Some(b'-' | b'0'..=b'9') => self.number().map(Doc::Number),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.eat(b"]") {
                    return Ok(Doc::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.space();
                    if self.eat(b"]") {
                        return Ok(Doc::Array(items));
                    }
                    if !self.eat(b",") {
                        return Err(Error::new("expected `,` or `]`"));
                    }
                }
            }
            Some(b'{') => {
                self.at += 1;
                let mut entries = Vec::new();
                self.space();
                if self.eat(b"}") {
                    return Ok(Doc::Object(entries));
                }
                loop {
                    self.space();
                    if self.peek() != Some(b'"') {
                        return Err(Error::new("expected a key"));
                    }
                    let key = self.string()?;
                    self.space();
                    if !self.eat(b":") {
                        return Err(Error::new("expected `:`"));
                    }
                    entries.push((key, self.value(depth + 1)?));
                    self.space();
                    if self.eat(b"}") {
                        return Ok(Doc::Object(entries));
                    }
                    if !self.eat(b",") {
                        return Err(Error::new("expected `,` or `}`"));
                    }
                }
            }
            _ => Err(Error::new("expected a value")),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Number, Error> {
        let negative = self.eat(b"-");
        let start = self.at;
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(Error::new("a number without digits")),
        }
        let whole = &self.bytes[start..self.at];
        let mut integer = true;
        if self.eat(b".") {
            integer = false;
            if self.digits() == 0 {
                return Err(Error::new("a number without digits after `.`"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            integer = false;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(Error::new("a number without an exponent"));
            }
        }
        if !integer {
            return Ok(Number::NotInteger);
        }
        // Digits only, so the only failure is overflow.
        let magnitude = whole.iter().try_fold(0u64, |n, d| n.checked_mul(10)?.checked_add(u64::from(d - b'0')));
        Ok(match (negative, magnitude) {
            (false, Some(n)) => Number::Unsigned(n),
            (true, Some(n)) if n > 0 && n <= 1 << 63 => Number::Negative((n as i64).wrapping_neg()),
            _ => Number::NotInteger,
        })
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.bytes.get(self.at..self.at + 4).ok_or_else(|| Error::new("a cut `\\u` escape"))?;
        let mut n = 0;
        for &d in digits {
            n = n * 16 + char::from(d).to_digit(16).ok_or_else(|| Error::new("a bad `\\u` escape"))?;
        }
        self.at += 4;
        Ok(n)
    }

    fn string(&mut self) -> Result<String, Error> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.at;
            while matches!(self.peek(), Some(c) if c != b'"' && c != b'\\' && c >= 0x20) {
                self.at += 1;
            }
            // The text is a `str` and the run stops only at ASCII bytes: a whole UTF-8 run.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| Error::new("bad UTF-8"))?);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escape = self.peek().ok_or_else(|| Error::new("a cut escape"))?;
                    self.at += 1;
                    out.push(match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let high = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&high) {
                                if !self.eat(b"\\u") {
                                    return Err(Error::new("a lone surrogate"));
                                }
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return Err(Error::new("a lone surrogate"));
                                }
                                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                high
                            };
                            char::from_u32(code).ok_or_else(|| Error::new("a lone surrogate"))?
                        }
                        _ => return Err(Error::new("an unknown escape")),
                    });
                }
                Some(_) => return Err(Error::new("a control character in a string")),
                None => return Err(Error::new("a string without its closing quote")),
            }
        }
    }
}

// ---- Reading a tree into a shape ----

fn wrong_type() -> Error {
    Error::new("a value of the wrong type")
}

fn visit_array<'de, V: Visitor<'de>>(items: &'de [Doc], visitor: V) -> Result<V::Value, Error> {
    let mut items = Items(items.iter());
    let value = visitor.visit_seq(&mut items)?;
    // Items the shape did not take are an error, as in serde_json.
    match items.0.len() {
        0 => Ok(value),
        _ => Err(Error::new("a list longer than its shape")),
    }
}

fn visit_object<'de, V: Visitor<'de>>(entries: &'de [(String, Doc)], visitor: V) -> Result<V::Value, Error> {
    visitor.visit_map(Entries { entries: entries.iter(), value: None })
}

/// A list's items, handed out one by one.
struct Items<'de>(std::slice::Iter<'de, Doc>);

impl<'de> de::SeqAccess<'de> for &mut Items<'de> {
    type Error = Error;

    fn next_element_seed<S: de::DeserializeSeed<'de>>(&mut self, seed: S) -> Result<Option<S::Value>, Error> {
        self.0.next().map(|item| seed.deserialize(item)).transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

/// An object's entries: a key, then its value.
struct Entries<'de> {
    entries: std::slice::Iter<'de, (String, Doc)>,
    value: Option<&'de Doc>,
}

impl<'de> de::MapAccess<'de> for Entries<'de> {
    type Error = Error;

    fn next_key_seed<S: de::DeserializeSeed<'de>>(&mut self, seed: S) -> Result<Option<S::Value>, Error> {
        let Some((key, value)) = self.entries.next() else { return Ok(None) };
        self.value = Some(value);
        seed.deserialize(de::value::BorrowedStrDeserializer::new(key)).map(Some)
    }

    fn next_value_seed<S: de::DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, Error> {
        // serde asks for a value only after its key.
        seed.deserialize(self.value.take().ok_or_else(|| Error::new("a value without its key"))?)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// Methods that read their value as another kind does.
macro_rules! read_as {
    ($($method:ident => $as:ident),*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            self.$as(visitor)
        }
    )*};
}

// Each method reads only the kinds of value its shape can be: the derives instantiate it
// once per field type, so a method that matched every kind (as `deserialize_any` does)
// would copy the list and object code into every one of them.
impl<'de> de::Deserializer<'de> for &'de Doc {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Doc::Null => visitor.visit_unit(),
            Doc::Bool(b) => visitor.visit_bool(*b),
            Doc::Number(Number::Unsigned(n)) => visitor.visit_u64(*n),
            Doc::Number(Number::Negative(n)) => visitor.visit_i64(*n),
            Doc::Number(Number::NotInteger) => Err(Error::new("a number that is not an integer")),
            Doc::String(s) => visitor.visit_borrowed_str(s),
            Doc::Array(items) => visit_array(items, visitor),
            Doc::Object(entries) => visit_object(entries, visitor),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Doc::Bool(b) => visitor.visit_bool(*b),
            _ => Err(wrong_type()),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Doc::Number(Number::Unsigned(n)) => visitor.visit_u64(*n),
            _ => Err(wrong_type()),
        }
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Doc::Number(Number::Unsigned(n)) => visitor.visit_u64(*n),
            Doc::Number(Number::Negative(n)) => visitor.visit_i64(*n),
            _ => Err(wrong_type()),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Doc::String(s) => visitor.visit_borrowed_str(s),
            _ => Err(wrong_type()),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Doc::Array(items) => visit_array(items, visitor),
            _ => Err(wrong_type()),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Doc::Object(entries) => visit_object(entries, visitor),
            _ => Err(wrong_type()),
        }
    }

    /// An object only. (serde_json also reads a list of the fields in order; nothing writes
    /// that, and reading it would double the code of every struct's reader.)
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Doc::Null => visitor.visit_unit(),
            _ => Err(wrong_type()),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Doc::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self {
            Doc::String(name) => visitor.visit_enum(Variant { name, payload: None }),
            Doc::Object(entries) => match entries.as_slice() {
                [(name, payload)] => visitor.visit_enum(Variant { name, payload: Some(payload) }),
                _ => Err(Error::new("an enum object with other than one key")),
            },
            _ => Err(wrong_type()),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i128 u128 f32 f64 char bytes byte_buf
    }

    // The narrower kinds read as their widest (the visitors check the range), strings and
    // names as strings.
    read_as! {
        deserialize_i8 => deserialize_i64,
        deserialize_i16 => deserialize_i64,
        deserialize_i32 => deserialize_i64,
        deserialize_u8 => deserialize_u64,
        deserialize_u16 => deserialize_u64,
        deserialize_u32 => deserialize_u64,
        deserialize_string => deserialize_str,
        deserialize_identifier => deserialize_str
    }
    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }
    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }
    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }
}

impl<'de> IntoDeserializer<'de, Error> for &'de Doc {
    type Deserializer = Self;
    fn into_deserializer(self) -> Self {
        self
    }
}

/// An enum's variant: its name, and what came with it (`{"Name": payload}`).
struct Variant<'de> {
    name: &'de str,
    payload: Option<&'de Doc>,
}

impl<'de> de::EnumAccess<'de> for Variant<'de> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<S: de::DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self), Error> {
        let name = seed.deserialize(de::value::BorrowedStrDeserializer::<Error>::new(self.name))?;
        Ok((name, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'de> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        match self.payload {
            None => Ok(()),
            Some(_) => Err(wrong_type()),
        }
    }

    fn newtype_variant_seed<S: de::DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, Error> {
        seed.deserialize(self.payload.ok_or_else(wrong_type)?)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_seq(self.payload.ok_or_else(wrong_type)?, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(self, fields: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_struct(self.payload.ok_or_else(wrong_type)?, "", fields, visitor)
    }
}

// ---- Writing a shape as text ----

/// A shape as compact JSON text (serde_json's `to_string`, byte for byte).
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = Writer(String::new());
    value.serialize(&mut out)?;
    Ok(out.0)
}

struct Writer(String);

// Not inlined: every shape's writer calls these, and one copy of each is enough.
impl Writer {
    #[inline(never)]
    fn string(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.0.push('"');
        let mut start = 0;
        for (i, b) in s.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            self.0.push_str(&s[start..i]);
            if escape.is_empty() {
                self.0.push_str("\\u00");
                self.0.push(char::from(HEX[usize::from(b >> 4)]));
                self.0.push(char::from(HEX[usize::from(b & 15)]));
            } else {
                self.0.push_str(escape);
            }
            start = i + 1;
        }
        self.0.push_str(&s[start..]);
        self.0.push('"');
    }

    #[inline(never)]
    fn integer(&mut self, n: impl Display) {
        use std::fmt::Write as _;
        let _ = write!(self.0, "{n}");
    }

    /// Starts a list or an object; `close` ends it (and the variant around it, if any).
    fn open(&mut self, open: char, close: &'static str) -> Compound<'_> {
        self.0.push(open);
        Compound { w: self, first: true, close }
    }

    /// `{"Name":` of a variant with a payload.
    #[inline(never)]
    fn variant_open(&mut self, name: &str) {
        self.0.push('{');
        self.string(name);
        self.0.push(':');
    }
}

/// A list or object being written: whether a comma is due, and what closes it.
pub struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
    close: &'static str,
}

impl Compound<'_> {
    #[inline(never)]
    fn comma(&mut self) {
        if !std::mem::take(&mut self.first) {
            self.w.0.push(',');
        }
    }

    fn end(self) {
        self.w.0.push_str(self.close);
    }

    #[inline(never)]
    fn key(&mut self, key: &str) {
        self.comma();
        self.w.string(key);
        self.w.0.push(':');
    }

    fn entry<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.key(key);
        value.serialize(&mut *self.w)
    }

    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.w)
    }
}

/// Narrower integers are written as their widest kind.
macro_rules! widen {
    ($($method:ident($narrow:ty) => $wide:ident),*) => {$(
        fn $method(self, v: $narrow) -> Result<(), Error> {
            self.$wide(v.into())
        }
    )*};
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.0.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    widen! {
        serialize_i8(i8) => serialize_i64,
        serialize_i16(i16) => serialize_i64,
        serialize_i32(i32) => serialize_i64,
        serialize_u8(u8) => serialize_u64,
        serialize_u16(u16) => serialize_u64,
        serialize_u32(u32) => serialize_u64
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.integer(v);
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.integer(v);
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(Error::new("no shape saves fractions"))
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(Error::new("no shape saves fractions"))
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        ser::SerializeSeq::end(seq)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.0.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.variant_open(variant);
        value.serialize(&mut *self)?;
        self.0.push('}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open('[', "]"))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.variant_open(variant);
        Ok(self.open('[', "]}"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open('{', "}"))
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.variant_open(variant);
        Ok(self.open('{', "}}"))
    }
}

// The list-like parts of serde's writer API: one body, under four trait names.
macro_rules! list_parts {
    ($($part:ident :: $add:ident),*) => {$(
        impl ser::$part for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $add<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.item(value)
            }
            fn end(self) -> Result<(), Error> {
                Compound::end(self);
                Ok(())
            }
        }
    )*};
}
list_parts!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        // Keys are written as strings: names as they are, integers quoted (as serde_json).
        let key = to_string(key)?;
        self.comma();
        if key.starts_with('"') {
            self.w.0.push_str(&key);
        } else if !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            self.w.0.push('"');
            self.w.0.push_str(&key);
            self.w.0.push('"');
        } else {
            return Err(Error::new("a key that is not a string"));
        }
        self.w.0.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

// The object-like parts: fields by name.
macro_rules! object_parts {
    ($($part:ident),*) => {$(
        impl ser::$part for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
                self.entry(key, value)
            }
            fn end(self) -> Result<(), Error> {
                Compound::end(self);
                Ok(())
            }
        }
    )*};
}
object_parts!(SerializeStruct, SerializeStructVariant);
