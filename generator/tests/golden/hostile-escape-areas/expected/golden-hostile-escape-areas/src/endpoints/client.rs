//! Endpoints of the `client` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// Get gadget
///
/// A hostile fixture page.
///
/// `GET /gadgets/{id}` → `200`
///
/// Documented in `generator/tests/golden/hostile-escape-areas/pages/api/gadget-get.md` line 16.
pub fn get_gadget(id: &str) -> Request<crate::models::Gadget> {
    let path = format!("/gadgets/{}", encode_path_segment(id));
    let template = "/gadgets/{id}";
    Request::new(Method::Get, path).with_path_template(template)
}
