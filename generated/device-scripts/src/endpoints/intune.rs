//! Endpoints of the `intune` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// The parameters of [`post_device_management_script_assign`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PostDeviceManagementScriptAssignBody {
    /// IDs of the groups to assign the script to.
    pub device_management_script_group_ids: Option<Vec<String>>,
    /// Account context the script runs in for these groups. The possible values are: system, user, unknownFutureValue.
    pub run_as_account: Option<crate::models::RunAsAccountType>,
    /// Instance annotations such as `teamsApp@odata.bind`, and parameters the docs do not list.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for PostDeviceManagementScriptAssignBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(
            &mut map,
            "deviceManagementScriptGroupIds",
            &self.device_management_script_group_ids,
        )?;
        crate::members::write(&mut map, "runAsAccount", &self.run_as_account)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for PostDeviceManagementScriptAssignBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
impl crate::members::ReadMembers for PostDeviceManagementScriptAssignBody {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "deviceManagementScriptGroupIds" => {
                crate::members::read(&mut self.device_management_script_group_ids, map)
            }
            "runAsAccount" => crate::members::read(&mut self.run_as_account, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
}
/// Query options of [`get_device_management_script`] that its page lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDeviceManagementScriptQuery {
    /// `$select`: the properties to return.
    pub select: Vec<String>,
}
/// Query options of [`get_device_management_script_get_device_run_state_count`] that its page lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDeviceManagementScriptGetDeviceRunStateCountQuery {
    /// `runState` (required): The result to count: success or fail. Required.
    pub run_state: String,
    /// `sinceDays`: Count only runs in the last this many days. Optional; all runs are counted when it is left out.
    pub since_days: Option<i32>,
}
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
    let template = "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/assign";
    Request::new(Method::Post, path).with_path_template(template).with_json(body)
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
