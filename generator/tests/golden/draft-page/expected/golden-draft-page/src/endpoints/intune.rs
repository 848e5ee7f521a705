//! Endpoints of the `intune` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// Update deviceManagementScriptRunSummary
///
/// Update the properties of a deviceManagementScriptRunSummary object.
///
/// `PATCH /deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/runSummary` → `200`
///
/// Documented in `docs-input/api/devicemanagementscriptrunsummary-update.md` line 33.
pub fn update_device_management_script_run_summary(
    device_management_script_id: &str,
    body: &crate::models::DeviceManagementScriptRunSummary,
) -> Request<crate::models::DeviceManagementScriptRunSummary> {
    let path = format!(
        "/deviceManagement/deviceManagementScripts/{}/runSummary",
        encode_path_segment(device_management_script_id)
    );
    let template = "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/runSummary";
    Request::new(Method::Patch, path).with_path_template(template).with_json(body)
}
