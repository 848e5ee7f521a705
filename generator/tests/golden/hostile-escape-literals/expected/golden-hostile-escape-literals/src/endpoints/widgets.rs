//! Endpoints of the `widgets` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// Get widget
///
/// A hostile fixture page.
///
/// `GET /widgets/{id}` → `200`
///
/// Documented in `generator/tests/golden/hostile-escape-literals/pages/api/widget-get.md` line 16.
pub fn get_widget(id: &str) -> Request<crate::models::Widget> {
    let path = format!("/widgets/{}", encode_path_segment(id));
    let template = "/widgets/{id}";
    Request::new(Method::Get, path).with_path_template(template)
}
