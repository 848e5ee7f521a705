//! Endpoints of the `intune-x")]pub fn evil(){}#[cfg(feature="y` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// Get doohickey
///
/// A hostile fixture page.
///
/// `GET /doohickeys/{id}` → `200`
///
/// Documented in `generator/tests/golden/hostile-escape-areas/pages/api/intune-x")]pub fn evil(){}#[cfg(feature="y-get.md` line 16.
pub fn get_doohickey(id: &str) -> Request<crate::models::Doohickey> {
    let path = format!("/doohickeys/{}", encode_path_segment(id));
    let template = "/doohickeys/{id}";
    Request::new(Method::Get, path).with_path_template(template)
}
