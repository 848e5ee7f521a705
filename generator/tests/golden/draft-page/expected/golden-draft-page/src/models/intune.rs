//! Types of the `microsoft.graph` namespace in the `intune` area.
/// Counts of successful and failed runs of a device management script.
///
/// `microsoft.graph.deviceManagementScriptRunSummary`, derived from `microsoft.graph.entity` (its fields come first)
/// Documented in `docs-input/resources/devicemanagementscriptrunsummary.md` line 10.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeviceManagementScriptRunSummary {
    /// The type of the object, `#microsoft.graph.deviceManagementScriptRunSummary` or a type derived from it.
    #[serde(rename = "@odata.type", default, skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    /// Unique identifier of the object. Read-only.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Number of devices on which the script ran successfully.
    #[serde(
        rename = "successDeviceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub success_device_count: Option<i32>,
    /// Number of devices on which the script failed.
    #[serde(
        rename = "errorDeviceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub error_device_count: Option<i32>,
    /// Number of users for whom the script ran successfully.
    #[serde(
        rename = "successUserCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub success_user_count: Option<i32>,
    /// Number of users for whom the script failed.
    #[serde(rename = "errorUserCount", default, skip_serializing_if = "Option::is_none")]
    pub error_user_count: Option<i32>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
/// Abstract base type that supplies the id key to the types that derive from it.
///
/// `microsoft.graph.entity`
/// Documented in `docs-input/resources/entity.md` line 10.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Entity {
    /// The type of the object, `#microsoft.graph.entity` or a type derived from it.
    #[serde(rename = "@odata.type", default, skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    /// Unique identifier of the object. Read-only.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
