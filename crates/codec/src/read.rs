//! Reading a [`Doc`] tree into a typed shape (serde's `Deserializer`).

use serde::de::{self, IntoDeserializer, Visitor};

use crate::{Doc, Error, Number};

pub(crate) fn wrong_type() -> Error {
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
