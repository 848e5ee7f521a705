//! Endpoints of the `intune` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// The parameters of [`post_device_management_script_assign`].
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostDeviceManagementScriptAssignBody {
    /// IDs of the groups to assign the script to.
    #[serde(
        rename = "deviceManagementScriptGroupIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_management_script_group_ids: Option<Vec<String>>,
    /// Account context the script runs in for these groups. The possible values are: system, user, unknownFutureValue.
    #[serde(rename = "runAsAccount", default, skip_serializing_if = "Option::is_none")]
    pub run_as_account: Option<crate::models::RunAsAccountType>,
    /// Instance annotations such as `teamsApp@odata.bind`, and parameters the docs do not list.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
/// deviceManagementScript: assign
///
/// Assign a deviceManagementScript to one or more groups.
///
/// `POST /deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/assign` → `204 No Content`
///
/// Permissions (one of):
/// - delegated (work or school account): least privileged: `DeviceManagementManagedDevices.ReadWrite.All`
/// - application: least privileged: `DeviceManagementManagedDevices.ReadWrite.All`
///
/// Documented in `docs-input/api/devicemanagementscript-assign.md` line 34.
pub fn post_device_management_script_assign(
    device_management_script_id: &str,
    body: &PostDeviceManagementScriptAssignBody,
) -> Request<()> {
    let path = format!(
        "/deviceManagement/deviceManagementScripts/{}/assign",
        encode_path_segment(device_management_script_id)
    );
    Request::new(Method::Post, path).with_json(body)
}
