//! Endpoints of the `type` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// Get doohickey
///
/// A hostile fixture page.
///
/// `GET /things/{id}` → `200`
///
/// Documented in `generator/tests/golden/hostile-escape-areas/pages/api/doohickey-get.md` line 16.
pub fn get_thing(id: &str) -> Request<crate::models::Doohickey> {
    let path = format!("/things/{}", encode_path_segment(id));
    let template = "/things/{id}";
    Request::new(Method::Get, path).with_path_template(template)
}
