//! Endpoints of the `gadgets` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// The parameters of [`update_gadget`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateGadgetBody {
    /// Name of the bench. Use bench instead.
    #[deprecated(note = "the docs mark this property deprecated")]
    pub bench_name: Option<String>,
    /// How the gadget runs. Optional.
    pub mode: Option<crate::models::GadgetMode>,
    /// Instance annotations such as `teamsApp@odata.bind`, and parameters the docs do not list.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
#[allow(deprecated)]
impl serde::Serialize for UpdateGadgetBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "benchName", &self.bench_name)?;
        crate::members::write(&mut map, "mode", &self.mode)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdateGadgetBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
#[allow(deprecated)]
impl crate::members::ReadMembers for UpdateGadgetBody {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "benchName" => crate::members::read(&mut self.bench_name, map),
            "mode" => crate::members::read(&mut self.mode, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
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
    let template = "/gadgets/{gadgetId}";
    Request::new(Method::Patch, path).with_path_template(template).with_json(body)
}
