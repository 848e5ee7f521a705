//! Endpoints of the `intune` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// Query options of [`get_device_management_script_get_device_run_state_count`] that its page lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDeviceManagementScriptGetDeviceRunStateCountQuery {
    /// `runState` (required): The result to count: success or fail. Required.
    pub run_state: String,
    /// `sinceDays`: Count only runs in the last this many days. Optional; all runs are counted when it is left out.
    pub since_days: Option<i32>,
}
/// deviceManagementScript: getDeviceRunStateCount
///
/// Count the devices on which a deviceManagementScript last ran with a given result.
///
/// `GET /deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/getDeviceRunStateCount` → `200`
///
/// Permissions (one of):
/// - delegated (work or school account): least privileged: `DeviceManagementManagedDevices.Read.All`; higher: `DeviceManagementManagedDevices.ReadWrite.All`
/// - application: least privileged: `DeviceManagementManagedDevices.Read.All`; higher: `DeviceManagementManagedDevices.ReadWrite.All`
///
/// Documented in `docs-input/api/devicemanagementscript-getdevicerunstatecount.md` line 34.
pub fn get_device_management_script_get_device_run_state_count(
    device_management_script_id: &str,
    query: &GetDeviceManagementScriptGetDeviceRunStateCountQuery,
) -> Request<ValueResponse<i32>> {
    let path = format!(
        "/deviceManagement/deviceManagementScripts/{}/getDeviceRunStateCount",
        encode_path_segment(device_management_script_id)
    );
    let template = "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/getDeviceRunStateCount";
    let mut request = Request::new(Method::Get, path).with_path_template(template);
    request = request.with_query("runState", query.run_state.to_string());
    if let Some(value) = &query.since_days {
        request = request.with_query("sinceDays", value.to_string());
    }
    request
}
