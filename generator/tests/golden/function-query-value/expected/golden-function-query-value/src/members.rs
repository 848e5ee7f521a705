//! Reading and writing models as JSON objects member by member.
//!
//! Each model names its documented members in one `match`; members the docs do not list go to
//! its `additional_properties` as JSON values. Derived serde code with `#[serde(flatten)]` would
//! buffer every unknown member and costs far more to compile for thousands of models.
#![allow(dead_code)]
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::SerializeMap;
/// A model read from a JSON object one member at a time.
pub trait ReadMembers: Default {
    /// Reads the value of the member named `key` into its field, or keeps it as an
    /// additional property.
    fn read_member<'de, A: MapAccess<'de>>(
        &mut self,
        key: Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error>;
}
/// A member name, borrowed from the input when it has no escapes.
pub struct Key<'de>(Cow<'de, str>);
impl Key<'_> {
    /// The member name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a member name")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
            fn visit_string<E>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}
/// Deserializes a model from a JSON object.
pub fn deserialize<'de, D: Deserializer<'de>, T: ReadMembers>(
    deserializer: D,
) -> Result<T, D::Error> {
    struct ModelVisitor<T>(PhantomData<T>);
    impl<'de, T: ReadMembers> Visitor<'de> for ModelVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
            let mut model = T::default();
            while let Some(key) = map.next_key::<Key<'de>>()? {
                model.read_member(key, &mut map)?;
            }
            Ok(model)
        }
    }
    deserializer.deserialize_map(ModelVisitor(PhantomData))
}
/// Reads a member's value into its field: `null` reads as `None`, as a missing member does.
pub fn read<'de, A: MapAccess<'de>, T: serde::Deserialize<'de>>(
    field: &mut Option<T>,
    map: &mut A,
) -> Result<(), A::Error> {
    *field = map.next_value()?;
    Ok(())
}
/// Keeps a member the model does not name.
pub fn keep<'de, A: MapAccess<'de>>(
    additional: &mut serde_json::Map<String, serde_json::Value>,
    key: Key<'de>,
    map: &mut A,
) -> Result<(), A::Error> {
    additional.insert(key.0.into_owned(), map.next_value()?);
    Ok(())
}
/// Writes a member unless its field is `None`.
pub fn write<M: SerializeMap, T: serde::Serialize>(
    map: &mut M,
    key: &'static str,
    field: &Option<T>,
) -> Result<(), M::Error> {
    match field {
        Some(value) => map.serialize_entry(key, value),
        None => Ok(()),
    }
}
/// Writes the additional properties after the named members.
pub fn write_additional<M: SerializeMap>(
    map: &mut M,
    additional: &serde_json::Map<String, serde_json::Value>,
) -> Result<(), M::Error> {
    for (key, value) in additional {
        map.serialize_entry(key, value)?;
    }
    Ok(())
}
