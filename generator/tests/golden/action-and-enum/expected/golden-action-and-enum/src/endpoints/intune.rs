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
