//! Types of the `microsoft.graph` namespace in the `intune` area.
/// A PowerShell script that Intune runs on enrolled Windows 10 devices.
///
/// `microsoft.graph.deviceManagementScript`, derived from `microsoft.graph.entity` (its fields come first)
/// Documented in `docs-input/resources/devicemanagementscript.md` line 10.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeviceManagementScript {
    /// The type of the object, `#microsoft.graph.deviceManagementScript` or a type derived from it.
    pub odata_type: Option<String>,
    /// Unique identifier of the object. Read-only.
    pub id: Option<String>,
    /// Name of the script, as shown in the admin console.
    pub display_name: Option<String>,
    /// Optional description of the script.
    pub description: Option<String>,
    /// Content of the script, base64-encoded.
    pub script_content: Option<String>,
    /// Date and time the script was created. Read-only.
    pub created_date_time: Option<String>,
    /// Date and time the script was last changed. Read-only.
    pub last_modified_date_time: Option<String>,
    /// Account context the script runs in. The possible values are: system, user, unknownFutureValue.
    pub run_as_account: Option<crate::models::RunAsAccountType>,
    /// true if the script must be signed by a trusted publisher before it runs; otherwise, false.
    pub enforce_signature_check: Option<bool>,
    /// File name of the script.
    pub file_name: Option<String>,
    /// IDs of the scope tags for the script.
    pub role_scope_tag_ids: Option<Vec<String>>,
    /// true if the script runs in a 32-bit PowerShell host; otherwise, false.
    pub run_as32_bit: Option<bool>,
    /// Run summary for device management script.
    pub run_summary: Option<Box<crate::models::DeviceManagementScriptRunSummary>>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for DeviceManagementScript {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
        crate::members::write(&mut map, "id", &self.id)?;
        crate::members::write(&mut map, "displayName", &self.display_name)?;
        crate::members::write(&mut map, "description", &self.description)?;
        crate::members::write(&mut map, "scriptContent", &self.script_content)?;
        crate::members::write(&mut map, "createdDateTime", &self.created_date_time)?;
        crate::members::write(
            &mut map,
            "lastModifiedDateTime",
            &self.last_modified_date_time,
        )?;
        crate::members::write(&mut map, "runAsAccount", &self.run_as_account)?;
        crate::members::write(
            &mut map,
            "enforceSignatureCheck",
            &self.enforce_signature_check,
        )?;
        crate::members::write(&mut map, "fileName", &self.file_name)?;
        crate::members::write(&mut map, "roleScopeTagIds", &self.role_scope_tag_ids)?;
        crate::members::write(&mut map, "runAs32Bit", &self.run_as32_bit)?;
        crate::members::write(&mut map, "runSummary", &self.run_summary)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeviceManagementScript {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
impl crate::members::ReadMembers for DeviceManagementScript {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "@odata.type" => crate::members::read(&mut self.odata_type, map),
            "id" => crate::members::read(&mut self.id, map),
            "displayName" => crate::members::read(&mut self.display_name, map),
            "description" => crate::members::read(&mut self.description, map),
            "scriptContent" => crate::members::read(&mut self.script_content, map),
            "createdDateTime" => crate::members::read(&mut self.created_date_time, map),
            "lastModifiedDateTime" => {
                crate::members::read(&mut self.last_modified_date_time, map)
            }
            "runAsAccount" => crate::members::read(&mut self.run_as_account, map),
            "enforceSignatureCheck" => {
                crate::members::read(&mut self.enforce_signature_check, map)
            }
            "fileName" => crate::members::read(&mut self.file_name, map),
            "roleScopeTagIds" => crate::members::read(&mut self.role_scope_tag_ids, map),
            "runAs32Bit" => crate::members::read(&mut self.run_as32_bit, map),
            "runSummary" => crate::members::read(&mut self.run_summary, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
}
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
/// `microsoft.graph.runAsAccountType`. Documented in `docs-input/resources/runasaccounttype.md` line 18.
///
/// Members this crate does not list are kept: they read as `Other` with their name and write back unchanged.
///
/// An evolvable enum: the service sends members added after `unknownFutureValue` only to requests with the header `Prefer: include-unknown-enum-members`, and `unknownFutureValue` in their place otherwise.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RunAsAccountType {
    /// The script runs in the system context.
    /// Value 0.
    System,
    /// The script runs in the context of the signed-in user.
    /// Value 1.
    User,
    /// Evolvable enumeration sentinel value. Do not use.
    /// Value 2.
    UnknownFutureValue,
    /// A member added to the service after this crate was generated.
    Other(String),
}
impl RunAsAccountType {
    /// The member's name on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            RunAsAccountType::System => "system",
            RunAsAccountType::User => "user",
            RunAsAccountType::UnknownFutureValue => "unknownFutureValue",
            RunAsAccountType::Other(other) => other,
        }
    }
}
impl From<&str> for RunAsAccountType {
    fn from(value: &str) -> Self {
        match value {
            "system" => RunAsAccountType::System,
            "user" => RunAsAccountType::User,
            "unknownFutureValue" => RunAsAccountType::UnknownFutureValue,
            other => RunAsAccountType::Other(other.to_string()),
        }
    }
}
impl serde::Serialize for RunAsAccountType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RunAsAccountType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<
            'de,
            str,
        > as serde::Deserialize>::deserialize(deserializer)?;
        Ok(RunAsAccountType::from(value.as_ref()))
    }
}
