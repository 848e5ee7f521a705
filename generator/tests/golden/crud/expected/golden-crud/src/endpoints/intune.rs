//! Endpoints of the `intune` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// Query options of [`get_device_management_script`] that its page lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDeviceManagementScriptQuery {
    /// `$select`: the properties to return.
    pub select: Vec<String>,
}
/// Query options of [`list_device_management_scripts`] that its page lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListDeviceManagementScriptsQuery {
    /// `$select`: the properties to return.
    pub select: Vec<String>,
    /// `$filter`: an OData filter expression.
    pub filter: Option<String>,
    /// `$top`: the page size.
    pub top: Option<u32>,
}
/// Create deviceManagementScript
///
/// Create a new deviceManagementScript object.
///
/// `POST /deviceManagement/deviceManagementScripts` → `201`
///
/// Permissions (one of):
/// - delegated (work or school account): least privileged: `DeviceManagementManagedDevices.ReadWrite.All`
/// - application: least privileged: `DeviceManagementManagedDevices.ReadWrite.All`
///
/// Documented in `docs-input/api/devicemanagement-post-devicemanagementscripts.md` line 34.
pub fn create_device_management_script(
    body: &crate::models::DeviceManagementScript,
) -> Request<crate::models::DeviceManagementScript> {
    let path = "/deviceManagement/deviceManagementScripts";
    let template = "/deviceManagement/deviceManagementScripts";
    Request::new(Method::Post, path).with_path_template(template).with_json(body)
}
/// Delete deviceManagementScript
///
/// Delete a deviceManagementScript object.
///
/// `DELETE /deviceManagement/deviceManagementScripts/{deviceManagementScriptId}` → `204 No Content`
///
/// Permissions (one of):
/// - delegated (work or school account): least privileged: `DeviceManagementManagedDevices.ReadWrite.All`
/// - application: least privileged: `DeviceManagementManagedDevices.ReadWrite.All`
///
/// Documented in `docs-input/api/devicemanagementscript-delete.md` line 34.
pub fn delete_device_management_script(
    device_management_script_id: &str,
) -> Request<()> {
    let path = format!(
        "/deviceManagement/deviceManagementScripts/{}",
        encode_path_segment(device_management_script_id)
    );
    let template = "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}";
    Request::new(Method::Delete, path).with_path_template(template)
}
/// Get deviceManagementScript
///
/// Read the properties of a deviceManagementScript object.
///
/// `GET /deviceManagement/deviceManagementScripts/{deviceManagementScriptId}` → `200`
///
/// Permissions (one of):
/// - delegated (work or school account): least privileged: `DeviceManagementManagedDevices.Read.All`; higher: `DeviceManagementManagedDevices.ReadWrite.All`
/// - application: least privileged: `DeviceManagementManagedDevices.Read.All`; higher: `DeviceManagementManagedDevices.ReadWrite.All`
///
/// Documented in `docs-input/api/devicemanagementscript-get.md` line 34.
pub fn get_device_management_script(
    device_management_script_id: &str,
    query: &GetDeviceManagementScriptQuery,
) -> Request<crate::models::DeviceManagementScript> {
    let path = format!(
        "/deviceManagement/deviceManagementScripts/{}",
        encode_path_segment(device_management_script_id)
    );
    let template = "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}";
    let mut request = Request::new(Method::Get, path).with_path_template(template);
    if !query.select.is_empty() {
        request = request.with_query("$select", query.select.join(","));
    }
    request
}
/// List deviceManagementScripts
///
/// Get the list of deviceManagementScript objects in the tenant.
///
/// `GET /deviceManagement/deviceManagementScripts` → `200`
///
/// Permissions (one of):
/// - delegated (work or school account): least privileged: `DeviceManagementManagedDevices.Read.All`; higher: `DeviceManagementManagedDevices.ReadWrite.All`
/// - application: least privileged: `DeviceManagementManagedDevices.Read.All`; higher: `DeviceManagementManagedDevices.ReadWrite.All`
///
/// Documented in `docs-input/api/devicemanagement-list-devicemanagementscripts.md` line 34.
pub fn list_device_management_scripts(
    query: &ListDeviceManagementScriptsQuery,
) -> Request<Collection<crate::models::DeviceManagementScript>> {
    let path = "/deviceManagement/deviceManagementScripts";
    let template = "/deviceManagement/deviceManagementScripts";
    let mut request = Request::new(Method::Get, path).with_path_template(template);
    if !query.select.is_empty() {
        request = request.with_query("$select", query.select.join(","));
    }
    if let Some(value) = &query.filter {
        request = request.with_query("$filter", value.to_string());
    }
    if let Some(value) = &query.top {
        request = request.with_query("$top", value.to_string());
    }
    request
}
/// Update deviceManagementScript
///
/// Update the properties of a deviceManagementScript object.
///
/// `PATCH /deviceManagement/deviceManagementScripts/{deviceManagementScriptId}` → `200`
///
/// Permissions (one of):
/// - delegated (work or school account): least privileged: `DeviceManagementManagedDevices.ReadWrite.All`
/// - application: least privileged: `DeviceManagementManagedDevices.ReadWrite.All`
///
/// Documented in `docs-input/api/devicemanagementscript-update.md` line 34.
pub fn update_device_management_script(
    device_management_script_id: &str,
    body: &crate::models::DeviceManagementScript,
) -> Request<crate::models::DeviceManagementScript> {
    let path = format!(
        "/deviceManagement/deviceManagementScripts/{}",
        encode_path_segment(device_management_script_id)
    );
    let template = "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}";
    Request::new(Method::Patch, path).with_path_template(template).with_json(body)
}
