//! Endpoints of the `widget-shelves` area.
#[allow(unused_imports)]
use crate::request::{
    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,
};
/// Get widgetShelf
///
/// Read the properties of a widgetShelf.
///
/// `GET /widgetShelves/{widgetShelfId}` → `200`
///
/// Permissions (one of):
/// - delegated (work or school account): least privileged: `Widget.Read.All`; higher: `Widget.ReadWrite.All`
/// - application: least privileged: `Widget.Read.All`
///
/// Documented in `generator/tests/golden/recent-crlf/docs/v1.0/api/widgetshelf-get.md` line 31.
pub fn get_widget_shelf(widget_shelf_id: &str) -> Request<crate::models::WidgetShelf> {
    let path = format!("/widgetShelves/{}", encode_path_segment(widget_shelf_id));
    let template = "/widgetShelves/{widgetShelfId}";
    Request::new(Method::Get, path).with_path_template(template)
}
