//! Types of the `microsoft.graph` namespace in the `intune` area.
/// A PowerShell script that Intune runs on enrolled Windows 10 devices.
///
/// `microsoft.graph.deviceManagementScript`, derived from `microsoft.graph.entity` (its fields come first)
/// Documented in `docs-input/resources/devicemanagementscript.md` line 10.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeviceManagementScript {
    /// The type of the object, `#microsoft.graph.deviceManagementScript` or a type derived from it.
    #[serde(rename = "@odata.type", default, skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    /// Unique identifier of the object. Read-only.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the script, as shown in the admin console.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Optional description of the script.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Content of the script, base64-encoded.
    #[serde(rename = "scriptContent", default, skip_serializing_if = "Option::is_none")]
    pub script_content: Option<String>,
    /// Date and time the script was created. Read-only.
    #[serde(
        rename = "createdDateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub created_date_time: Option<String>,
    /// Date and time the script was last changed. Read-only.
    #[serde(
        rename = "lastModifiedDateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_modified_date_time: Option<String>,
    /// Account context the script runs in. The possible values are: system, user, unknownFutureValue.
    #[serde(rename = "runAsAccount", default, skip_serializing_if = "Option::is_none")]
    pub run_as_account: Option<crate::models::RunAsAccountType>,
    /// true if the script must be signed by a trusted publisher before it runs; otherwise, false.
    #[serde(
        rename = "enforceSignatureCheck",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enforce_signature_check: Option<bool>,
    /// File name of the script.
    #[serde(rename = "fileName", default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// IDs of the scope tags for the script.
    #[serde(
        rename = "roleScopeTagIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub role_scope_tag_ids: Option<Vec<String>>,
    /// true if the script runs in a 32-bit PowerShell host; otherwise, false.
    #[serde(rename = "runAs32Bit", default, skip_serializing_if = "Option::is_none")]
    pub run_as32_bit: Option<bool>,
    /// Run summary for device management script.
    #[serde(rename = "runSummary", default, skip_serializing_if = "Option::is_none")]
    pub run_summary: Option<Box<crate::models::DeviceManagementScriptRunSummary>>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
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
