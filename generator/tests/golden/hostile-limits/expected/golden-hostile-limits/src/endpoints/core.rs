//! Endpoints of the `core` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// Get deepThing
///
/// Read a deepThing of a part of an item.
///
/// `GET /deepThings/{id}/parts/{part-id}/items/{item-id}/items/{item-id1}` → `200`
///
/// Permissions (one of):
/// - delegated (work or school account): least privileged: `Thing.Read.All`
/// - application: least privileged: `Thing.Read.All`
///
/// Documented in `generator/tests/golden/hostile-limits/pages/api/deepthing-get.md` line 25.
pub fn get_deep_thing_part_item_item(
    id: &str,
    part_id: &str,
    item_id: &str,
    item_id1: &str,
) -> Request<crate::models::DeepThing> {
    let path = format!(
        "/deepThings/{}/parts/{}/items/{}/items/{}", encode_path_segment(id),
        encode_path_segment(part_id), encode_path_segment(item_id),
        encode_path_segment(item_id1)
    );
    let template = "/deepThings/{id}/parts/{part-id}/items/{item-id}/items/{item-id1}";
    Request::new(Method::Get, path).with_path_template(template)
}
