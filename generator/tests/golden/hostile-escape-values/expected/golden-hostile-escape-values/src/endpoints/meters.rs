//! Endpoints of the `meters` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// Query options of [`get_meter`] that its page lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetMeterQuery {
    /// `limit`: A count.
    pub limit: Option<i32>,
    /// `ratio`: A ratio.
    pub ratio: Option<f64>,
    /// `small`: A byte.
    pub small: Option<u8>,
    /// `scale`: A scale.
    pub scale: Option<f32>,
}
/// Get meter
///
/// A hostile fixture page.
///
/// `GET /meters/{id}` → `200`
///
/// Documented in `generator/tests/golden/hostile-escape-values/pages/api/meter-get-big.md` line 16.
pub fn get_meter(id: &str, query: &GetMeterQuery) -> Request<crate::models::Meter> {
    let path = format!("/meters/{}", encode_path_segment(id));
    let template = "/meters/{id}";
    let mut request = Request::new(Method::Get, path).with_path_template(template);
    if let Some(value) = &query.limit {
        request = request.with_query("limit", value.to_string());
    }
    if let Some(value) = &query.ratio {
        request = request.with_query("ratio", value.to_string());
    }
    if let Some(value) = &query.small {
        request = request.with_query("small", value.to_string());
    }
    if let Some(value) = &query.scale {
        request = request.with_query("scale", value.to_string());
    }
    request
}
