//! Endpoints of the `default` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// Get gizmo
///
/// A hostile fixture page.
///
/// `GET /gizmos/{id}` → `200`
///
/// Documented in `generator/tests/golden/hostile-escape-areas/pages/api/gizmo-get.md` line 16.
pub fn get_gizmo(id: &str) -> Request<crate::models::Gizmo> {
    let path = format!("/gizmos/{}", encode_path_segment(id));
    let template = "/gizmos/{id}";
    Request::new(Method::Get, path).with_path_template(template)
}
