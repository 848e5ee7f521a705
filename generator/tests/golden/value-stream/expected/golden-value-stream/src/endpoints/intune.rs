//! Endpoints of the `intune` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// Get deviceManagementScript content
///
/// Download the script a deviceManagementScript runs, as its raw bytes.
///
/// `GET /deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/scriptContent/$value` → `200`
///
/// Permissions (one of):
/// - delegated (work or school account): least privileged: `DeviceManagementManagedDevices.Read.All`; higher: `DeviceManagementManagedDevices.ReadWrite.All`
/// - application: least privileged: `DeviceManagementManagedDevices.Read.All`; higher: `DeviceManagementManagedDevices.ReadWrite.All`
///
/// Documented in `docs-input/api/devicemanagementscript-get-scriptcontent.md` line 34.
pub fn get_device_management_script_content_value(
    device_management_script_id: &str,
) -> Request<Binary> {
    let path = format!(
        "/deviceManagement/deviceManagementScripts/{}/scriptContent/$value",
        encode_path_segment(device_management_script_id)
    );
    let template = "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/scriptContent/$value";
    Request::new(Method::Get, path).with_path_template(template)
}
/// Update deviceManagementScript content
///
/// Replace the script a deviceManagementScript runs with new bytes.
///
/// `PUT /deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/scriptContent/$value` → `204 No Content`
///
/// Permissions (one of):
/// - delegated (work or school account): least privileged: `DeviceManagementManagedDevices.ReadWrite.All`
/// - application: least privileged: `DeviceManagementManagedDevices.ReadWrite.All`
///
/// Documented in `docs-input/api/devicemanagementscript-update-scriptcontent.md` line 34.
pub fn set_device_management_script_content_value(
    device_management_script_id: &str,
    content_type: &str,
    body: Vec<u8>,
) -> Request<()> {
    let path = format!(
        "/deviceManagement/deviceManagementScripts/{}/scriptContent/$value",
        encode_path_segment(device_management_script_id)
    );
    let template = "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/scriptContent/$value";
    Request::new(Method::Put, path)
        .with_path_template(template)
        .with_bytes(content_type, body)
}
