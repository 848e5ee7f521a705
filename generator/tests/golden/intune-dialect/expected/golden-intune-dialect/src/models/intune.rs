//! Types of the `microsoft.graph` namespace in the `intune` area.
/// Counts of successful and failed runs of a device management script.
///
/// `microsoft.graph.deviceManagementScriptRunSummary`, derived from `microsoft.graph.entity` (its fields come first)
/// Documented in `docs-input/resources/devicemanagementscriptrunsummary.md` line 10.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeviceManagementScriptRunSummary {
    /// The type of the object, `#microsoft.graph.deviceManagementScriptRunSummary` or a type derived from it.
    pub odata_type: Option<String>,
    /// Unique identifier of the object. Read-only.
    pub id: Option<String>,
    /// Number of devices on which the script ran successfully.
    pub success_device_count: Option<i32>,
    /// Number of devices on which the script failed.
    pub error_device_count: Option<i32>,
    /// Number of users for whom the script ran successfully.
    pub success_user_count: Option<i32>,
    /// Number of users for whom the script failed.
    pub error_user_count: Option<i32>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for DeviceManagementScriptRunSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
        crate::members::write(&mut map, "id", &self.id)?;
        crate::members::write(
            &mut map,
            "successDeviceCount",
            &self.success_device_count,
        )?;
        crate::members::write(&mut map, "errorDeviceCount", &self.error_device_count)?;
        crate::members::write(&mut map, "successUserCount", &self.success_user_count)?;
        crate::members::write(&mut map, "errorUserCount", &self.error_user_count)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeviceManagementScriptRunSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
impl crate::members::ReadMembers for DeviceManagementScriptRunSummary {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "@odata.type" => crate::members::read(&mut self.odata_type, map),
            "id" => crate::members::read(&mut self.id, map),
            "successDeviceCount" => {
                crate::members::read(&mut self.success_device_count, map)
            }
            "errorDeviceCount" => crate::members::read(&mut self.error_device_count, map),
            "successUserCount" => crate::members::read(&mut self.success_user_count, map),
            "errorUserCount" => crate::members::read(&mut self.error_user_count, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
}
/// Abstract base type that supplies the id key to the types that derive from it.
///
/// `microsoft.graph.entity`
/// Documented in `docs-input/resources/entity.md` line 10.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entity {
    /// The type of the object, `#microsoft.graph.entity` or a type derived from it.
    pub odata_type: Option<String>,
    /// Unique identifier of the object. Read-only.
    pub id: Option<String>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for Entity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
        crate::members::write(&mut map, "id", &self.id)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for Entity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
impl crate::members::ReadMembers for Entity {
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
