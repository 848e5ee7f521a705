//! Types of the `microsoft.graph` namespace in the `widget-shelves` area.
/// `microsoft.graph.widgetShelf`
/// Documented in `generator/tests/golden/recent-crlf/docs/v1.0/resources/widgetshelf.md` line 12.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WidgetShelf {
    /// The type of the object, `#microsoft.graph.widgetShelf` or a type derived from it.
    #[serde(rename = "@odata.type", default, skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    /// Identifier of the shelf. Read-only.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the shelf.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// How many widgets fit on the shelf.
    #[serde(rename = "capacity", default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<i32>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
