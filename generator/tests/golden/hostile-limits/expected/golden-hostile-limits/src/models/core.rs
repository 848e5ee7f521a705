//! Types of the `microsoft.graph` namespace in the `core` area.
/// A type of the hostile-limits fixture.
///
/// `microsoft.graph.cycleA`, derived from `microsoft.graph.cycleB` (its fields come first)
/// Documented in `generator/tests/golden/hostile-limits/pages/resources/cyclea.md` line 7.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CycleA {
    /// The type of the object, `#microsoft.graph.cycleA` or a type derived from it.
    #[serde(rename = "@odata.type", default, skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    /// A property.
    #[serde(rename = "third", default, skip_serializing_if = "Option::is_none")]
    pub third: Option<String>,
    /// A property.
    #[serde(rename = "second", default, skip_serializing_if = "Option::is_none")]
    pub second: Option<String>,
    /// A property.
    #[serde(rename = "first", default, skip_serializing_if = "Option::is_none")]
    pub first: Option<String>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
/// A type of the hostile-limits fixture.
///
/// `microsoft.graph.cycleB`, derived from `microsoft.graph.cycleC` (its fields come first)
/// Documented in `generator/tests/golden/hostile-limits/pages/resources/cycleb.md` line 7.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CycleB {
    /// The type of the object, `#microsoft.graph.cycleB` or a type derived from it.
    #[serde(rename = "@odata.type", default, skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    /// A property.
    #[serde(rename = "third", default, skip_serializing_if = "Option::is_none")]
    pub third: Option<String>,
    /// A property.
    #[serde(rename = "second", default, skip_serializing_if = "Option::is_none")]
    pub second: Option<String>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
/// A type of the hostile-limits fixture.
///
/// `microsoft.graph.cycleC`
/// Documented in `generator/tests/golden/hostile-limits/pages/resources/cyclec.md` line 7.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CycleC {
    /// The type of the object, `#microsoft.graph.cycleC` or a type derived from it.
    #[serde(rename = "@odata.type", default, skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    /// A property.
    #[serde(rename = "third", default, skip_serializing_if = "Option::is_none")]
    pub third: Option<String>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
/// A type of the hostile-limits fixture.
///
/// `microsoft.graph.deepThing`
/// Documented in `generator/tests/golden/hostile-limits/pages/resources/deepthing.md` line 7.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeepThing {
    /// The type of the object, `#microsoft.graph.deepThing` or a type derived from it.
    #[serde(rename = "@odata.type", default, skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    /// A property.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
