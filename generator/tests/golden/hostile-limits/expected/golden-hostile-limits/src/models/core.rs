//! Types of the `microsoft.graph` namespace in the `core` area.
/// A type of the hostile-limits fixture.
///
/// `microsoft.graph.cycleA`, derived from `microsoft.graph.cycleB` (its fields come first)
/// Documented in `generator/tests/golden/hostile-limits/pages/resources/cyclea.md` line 7.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CycleA {
    /// The type of the object, `#microsoft.graph.cycleA` or a type derived from it.
    pub odata_type: Option<String>,
    /// A property.
    pub third: Option<String>,
    /// A property.
    pub second: Option<String>,
    /// A property.
    pub first: Option<String>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for CycleA {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
        crate::members::write(&mut map, "third", &self.third)?;
        crate::members::write(&mut map, "second", &self.second)?;
        crate::members::write(&mut map, "first", &self.first)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for CycleA {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
impl crate::members::ReadMembers for CycleA {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "@odata.type" => crate::members::read(&mut self.odata_type, map),
            "third" => crate::members::read(&mut self.third, map),
            "second" => crate::members::read(&mut self.second, map),
            "first" => crate::members::read(&mut self.first, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
}
/// A type of the hostile-limits fixture.
///
/// `microsoft.graph.cycleB`, derived from `microsoft.graph.cycleC` (its fields come first)
/// Documented in `generator/tests/golden/hostile-limits/pages/resources/cycleb.md` line 7.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CycleB {
    /// The type of the object, `#microsoft.graph.cycleB` or a type derived from it.
    pub odata_type: Option<String>,
    /// A property.
    pub third: Option<String>,
    /// A property.
    pub second: Option<String>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for CycleB {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
        crate::members::write(&mut map, "third", &self.third)?;
        crate::members::write(&mut map, "second", &self.second)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for CycleB {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
impl crate::members::ReadMembers for CycleB {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "@odata.type" => crate::members::read(&mut self.odata_type, map),
            "third" => crate::members::read(&mut self.third, map),
            "second" => crate::members::read(&mut self.second, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
}
/// A type of the hostile-limits fixture.
///
/// `microsoft.graph.cycleC`
/// Documented in `generator/tests/golden/hostile-limits/pages/resources/cyclec.md` line 7.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CycleC {
    /// The type of the object, `#microsoft.graph.cycleC` or a type derived from it.
    pub odata_type: Option<String>,
    /// A property.
    pub third: Option<String>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for CycleC {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
        crate::members::write(&mut map, "third", &self.third)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for CycleC {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
impl crate::members::ReadMembers for CycleC {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "@odata.type" => crate::members::read(&mut self.odata_type, map),
            "third" => crate::members::read(&mut self.third, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
}
/// A type of the hostile-limits fixture.
///
/// `microsoft.graph.deepThing`
/// Documented in `generator/tests/golden/hostile-limits/pages/resources/deepthing.md` line 7.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeepThing {
    /// The type of the object, `#microsoft.graph.deepThing` or a type derived from it.
    pub odata_type: Option<String>,
    /// A property.
    pub name: Option<String>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for DeepThing {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
        crate::members::write(&mut map, "name", &self.name)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeepThing {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
impl crate::members::ReadMembers for DeepThing {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "@odata.type" => crate::members::read(&mut self.odata_type, map),
            "name" => crate::members::read(&mut self.name, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
}
