//! Types of the `microsoft.graph` namespace in the `core` area.
/// `microsoft.graph.deviceManagementScriptRunSummary`
/// Documented in `docs-input/api/devicemanagementscriptrunsummary-update.md` line 47.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeviceManagementScriptRunSummary {
    /// The type of the object, `#microsoft.graph.deviceManagementScriptRunSummary` or a type derived from it.
    #[serde(rename = "@odata.type", default, skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    /// Inherited from entity
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
