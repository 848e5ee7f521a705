//! Types of the `microsoft.graph` namespace in the `widget-shelves` area.
/// `microsoft.graph.widgetShelf`
/// Documented in `generator/tests/golden/recent-crlf/docs/v1.0/resources/widgetshelf.md` line 12.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WidgetShelf {
    /// The type of the object, `#microsoft.graph.widgetShelf` or a type derived from it.
    pub odata_type: Option<String>,
    /// Identifier of the shelf. Read-only.
    pub id: Option<String>,
    /// Name of the shelf.
    pub display_name: Option<String>,
    /// How many widgets fit on the shelf.
    pub capacity: Option<i32>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for WidgetShelf {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
        crate::members::write(&mut map, "id", &self.id)?;
        crate::members::write(&mut map, "displayName", &self.display_name)?;
        crate::members::write(&mut map, "capacity", &self.capacity)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for WidgetShelf {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
impl crate::members::ReadMembers for WidgetShelf {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "@odata.type" => crate::members::read(&mut self.odata_type, map),
            "id" => crate::members::read(&mut self.id, map),
            "displayName" => crate::members::read(&mut self.display_name, map),
            "capacity" => crate::members::read(&mut self.capacity, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
}
