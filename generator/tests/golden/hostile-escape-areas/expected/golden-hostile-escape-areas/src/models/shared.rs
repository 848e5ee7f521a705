//! Types of the `microsoft.graph` namespace in the `shared` area.
/// A hostile fixture page.
///
/// `microsoft.graph.doohickey`
/// Documented in `generator/tests/golden/hostile-escape-areas/pages/resources/doohickey.md` line 8.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Doohickey {
    /// The type of the object, `#microsoft.graph.doohickey` or a type derived from it.
    #[serde(rename = "@odata.type", default, skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    /// Key.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
