//! Endpoints of the `names` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// Get option
///
/// A hostile fixture page.
///
/// `GET /options/{id}` → `200`
///
/// Documented in `generator/tests/golden/hostile-escape-names/pages/api/option-get.md` line 16.
pub fn get_option(id: &str) -> Request<crate::models::type_::OptionType> {
    let path = format!("/options/{}", encode_path_segment(id));
    let template = "/options/{id}";
    Request::new(Method::Get, path).with_path_template(template)
}
