//! Types of the `microsoft.graph.type` namespace in the `names` area.
/// A hostile fixture page.
///
/// `microsoft.graph.type.option`
/// Documented in `generator/tests/golden/hostile-escape-names/pages/resources/option.md` line 8.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OptionType {
    /// The type of the object, `#microsoft.graph.type.option` or a type derived from it.
    pub odata_type: Option<String>,
    /// Key.
    pub id: Option<String>,
    /// NFC spelling.
    pub caf: Option<String>,
    /// NFD spelling of the same name.
    pub cafe: Option<String>,
    /// A superscript two.
    pub x: Option<String>,
    /// A keyword.
    pub r#type: Option<String>,
    /// A strict keyword.
    pub self_: Option<String>,
    /// The vec.
    pub r#box: Option<Box<crate::models::type_::VecType>>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for OptionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
        crate::members::write(&mut map, "id", &self.id)?;
        crate::members::write(&mut map, "caf", &self.caf)?;
        crate::members::write(&mut map, "cafe", &self.cafe)?;
        crate::members::write(&mut map, "x", &self.x)?;
        crate::members::write(&mut map, "type", &self.r#type)?;
        crate::members::write(&mut map, "self", &self.self_)?;
        crate::members::write(&mut map, "box", &self.r#box)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for OptionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
impl crate::members::ReadMembers for OptionType {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "@odata.type" => crate::members::read(&mut self.odata_type, map),
            "id" => crate::members::read(&mut self.id, map),
            "caf" => crate::members::read(&mut self.caf, map),
            "cafe" => crate::members::read(&mut self.cafe, map),
            "x" => crate::members::read(&mut self.x, map),
            "type" => crate::members::read(&mut self.r#type, map),
            "self" => crate::members::read(&mut self.self_, map),
            "box" => crate::members::read(&mut self.r#box, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
}
/// A hostile fixture page.
///
/// `microsoft.graph.type.vec`
/// Documented in `generator/tests/golden/hostile-escape-names/pages/resources/vec.md` line 8.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VecType {
    /// The type of the object, `#microsoft.graph.type.vec` or a type derived from it.
    pub odata_type: Option<String>,
    /// Key.
    pub id: Option<String>,
    /// A result.
    pub result: Option<crate::models::type_::ResultEnum>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for VecType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
        crate::members::write(&mut map, "id", &self.id)?;
        crate::members::write(&mut map, "result", &self.result)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for VecType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
impl crate::members::ReadMembers for VecType {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "@odata.type" => crate::members::read(&mut self.odata_type, map),
            "id" => crate::members::read(&mut self.id, map),
            "result" => crate::members::read(&mut self.result, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
}
/// `microsoft.graph.type.result`. Documented in `generator/tests/golden/hostile-escape-names/pages/resources/result.md` line 14.
///
/// Members this crate does not list are kept: they read as `Other` with their name and write back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ResultEnum {
    /// Fine.
    /// Value 0.
    Ok,
    /// Not fine.
    /// Value 1.
    Err,
    /// A vulgar half.
    /// Value 2.
    N,
    /// A circled one.
    /// Value 3.
    N_,
    /// NFC.
    /// Value 4.
    Cafe,
    /// NFD.
    /// Value 5.
    Cafe_,
    /// A member added to the service after this crate was generated.
    Other(String),
}
impl ResultEnum {
    /// The member's name on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            ResultEnum::Ok => "ok",
            ResultEnum::Err => "err",
            ResultEnum::N => "½",
            ResultEnum::N_ => "①",
            ResultEnum::Cafe => "Café",
            ResultEnum::Cafe_ => "Café",
            ResultEnum::Other(other) => other,
        }
    }
}
impl From<&str> for ResultEnum {
    fn from(value: &str) -> Self {
        match value {
            "ok" => ResultEnum::Ok,
            "err" => ResultEnum::Err,
            "½" => ResultEnum::N,
            "①" => ResultEnum::N_,
            "Café" => ResultEnum::Cafe,
            "Café" => ResultEnum::Cafe_,
            other => ResultEnum::Other(other.to_string()),
        }
    }
}
impl serde::Serialize for ResultEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ResultEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<
            'de,
            str,
        > as serde::Deserialize>::deserialize(deserializer)?;
        Ok(ResultEnum::from(value.as_ref()))
    }
}
