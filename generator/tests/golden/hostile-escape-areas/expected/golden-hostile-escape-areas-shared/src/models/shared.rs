//! Types of the `microsoft.graph` namespace in the `shared` area.
/// A hostile fixture page.
///
/// `microsoft.graph.doohickey`
/// Documented in `generator/tests/golden/hostile-escape-areas/pages/resources/doohickey.md` line 8.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doohickey {
    /// The type of the object, `#microsoft.graph.doohickey` or a type derived from it.
    pub odata_type: Option<String>,
    /// Key.
    pub id: Option<String>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for Doohickey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
        crate::members::write(&mut map, "id", &self.id)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for Doohickey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
impl crate::members::ReadMembers for Doohickey {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "@odata.type" => crate::members::read(&mut self.odata_type, map),
            "id" => crate::members::read(&mut self.id, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
}
