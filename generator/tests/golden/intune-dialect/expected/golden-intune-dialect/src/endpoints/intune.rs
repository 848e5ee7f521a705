//! Endpoints of the `intune` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// Query options of [`get_device_management_script_run_summary`] that its page lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDeviceManagementScriptRunSummaryQuery {
    /// `$select`: the properties to return.
    pub select: Vec<String>,
    /// `$expand`: the relationships to include.
    pub expand: Vec<String>,
    /// `$filter`: an OData filter expression.
    pub filter: Option<String>,
    /// `$orderby`: properties to sort by, each optionally followed by `desc`.
    pub orderby: Vec<String>,
    /// `$top`: the page size.
    pub top: Option<u32>,
    /// `$skip`: how many items to skip.
    pub skip: Option<u32>,
}
/// Get deviceManagementScriptRunSummary
///
/// Read the run summary of a deviceManagementScript.
///
/// `GET /deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/runSummary` → `200`
///
/// Permissions (one of):
/// - delegated (work or school account): least privileged: `DeviceManagementManagedDevices.Read.All`; higher: `DeviceManagementManagedDevices.ReadWrite.All`
/// - application: least privileged: `DeviceManagementManagedDevices.Read.All`; higher: `DeviceManagementManagedDevices.ReadWrite.All`
///
/// Documented in `docs-input/api/devicemanagementscriptrunsummary-get.md` line 35.
pub fn get_device_management_script_run_summary(
    device_management_script_id: &str,
    query: &GetDeviceManagementScriptRunSummaryQuery,
) -> Request<crate::models::DeviceManagementScriptRunSummary> {
    let path = format!(
        "/deviceManagement/deviceManagementScripts/{}/runSummary",
        encode_path_segment(device_management_script_id)
    );
    let template = "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/runSummary";
    let mut request = Request::new(Method::Get, path).with_path_template(template);
    if !query.select.is_empty() {
        request = request.with_query("$select", query.select.join(","));
    }
    if !query.expand.is_empty() {
        request = request.with_query("$expand", query.expand.join(","));
    }
    if let Some(value) = &query.filter {
        request = request.with_query("$filter", value.to_string());
    }
    if !query.orderby.is_empty() {
        request = request.with_query("$orderby", query.orderby.join(","));
    }
    if let Some(value) = &query.top {
        request = request.with_query("$top", value.to_string());
    }
    if let Some(value) = &query.skip {
        request = request.with_query("$skip", value.to_string());
    }
    request
}
