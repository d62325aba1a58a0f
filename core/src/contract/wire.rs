//! Enums' names on the wire, read from serde's own derive (`rename_all = "snake_case"`), so
//! that a query parameter, a stored column and a JSON body name a value by one rule, kept in
//! one place.

use serde::de::value::StrDeserializer;
use serde::de::{self, DeserializeOwned};
use serde::ser::{self, Impossible, Serialize, Serializer};
use std::fmt;

/// The name serde gives `value`, a unit variant of an enum.
pub fn name_of<T: Serialize>(value: &T) -> &'static str {
    value.serialize(VariantName).unwrap_or(UNKNOWN)
}

/// The value serde reads `name` as, unless it is none this build knows (serde reads those as
/// the enum's `unknown`, which no parameter asks for).
pub fn from_name<T: Serialize + DeserializeOwned>(name: &str) -> Option<T> {
    let value = T::deserialize(StrDeserializer::<NotAVariant>::new(name)).ok()?;
    (name != UNKNOWN && name_of(&value) == name).then_some(value)
}

/// What serde reads a value it does not know as (`#[serde(other)]`).
const UNKNOWN: &str = "unknown";

/// A serializer that only takes a unit variant, and gives back its name.
struct VariantName;

/// Not a unit variant, or not a name of one.
#[derive(Debug)]
struct NotAVariant;

impl fmt::Display for NotAVariant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a unit variant")
    }
}

impl std::error::Error for NotAVariant {}

// Its message is never read, so none is written.
impl ser::Error for NotAVariant {
    fn custom<M: fmt::Display>(_: M) -> NotAVariant {
        NotAVariant
    }
}

impl de::Error for NotAVariant {
    fn custom<M: fmt::Display>(_: M) -> NotAVariant {
        NotAVariant
    }
}

type Refused = Impossible<&'static str, NotAVariant>;

/// Every other kind of value is refused.
macro_rules! refuse {
    ($($method:ident($($arg:ty),*);)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<&'static str, NotAVariant> {
            Err(NotAVariant)
        }
    )*};
}

impl Serializer for VariantName {
    type Ok = &'static str;
    type Error = NotAVariant;
    type SerializeSeq = Refused;
    type SerializeTuple = Refused;
    type SerializeTupleStruct = Refused;
    type SerializeTupleVariant = Refused;
    type SerializeMap = Refused;
    type SerializeStruct = Refused;
    type SerializeStructVariant = Refused;

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<&'static str, NotAVariant> {
        Ok(variant)
    }

    refuse! {
        serialize_bool(bool);
        serialize_i8(i8);
        serialize_i16(i16);
        serialize_i32(i32);
        serialize_i64(i64);
        serialize_u8(u8);
        serialize_u16(u16);
        serialize_u32(u32);
        serialize_u64(u64);
        serialize_f32(f32);
        serialize_f64(f64);
        serialize_char(char);
        serialize_str(&str);
        serialize_bytes(&[u8]);
        serialize_none();
        serialize_unit();
        serialize_unit_struct(&'static str);
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Refused, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_tuple(self, _: usize) -> Result<Refused, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Refused, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Refused, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Refused, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Refused, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Refused, NotAVariant> {
        Err(NotAVariant)
    }
}
