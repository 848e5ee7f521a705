//! Endpoints of the `gadgets` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// The parameters of [`update_gadget`].
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateGadgetBody {
    /// Name of the bench. Use bench instead.
    #[deprecated(note = "the docs mark this property deprecated")]
    #[serde(rename = "benchName", default, skip_serializing_if = "Option::is_none")]
    pub bench_name: Option<String>,
    /// How the gadget runs. Optional.
    #[serde(rename = "mode", default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<crate::models::GadgetMode>,
    /// Instance annotations such as `teamsApp@odata.bind`, and parameters the docs do not list.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
/// Update gadget
///
/// Update the properties of a gadget.
///
/// `PATCH /gadgets/{gadgetId}` → `204 No Content`
///
/// Permissions (one of):
/// - delegated (work or school account): least privileged: `Gadget.ReadWrite.All`
/// - application: least privileged: `Gadget.ReadWrite.All`
///
/// Documented in `generator/tests/golden/recent-layout/docs/v1.0/api/gadget-update.md` line 32.
pub fn update_gadget(gadget_id: &str, body: &UpdateGadgetBody) -> Request<()> {
    let path = format!("/gadgets/{}", encode_path_segment(gadget_id));
    Request::new(Method::Patch, path).with_json(body)
}
