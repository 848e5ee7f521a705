//! Types of the `microsoft.graph` namespace in the `widgets` area.
/// A hostile fixture page: U+202EbidiU+202C and a C1 control .
///
/// `microsoft.graph.widget`
/// Documented in `generator/tests/golden/hostile-escape-literals/pages/resources/widget.md` line 8.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Widget {
    /// The type of the object, `#microsoft.graph.widget` or a type derived from it.
    #[serde(rename = "@odata.type", default, skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    /// Key.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// A name whose quote would close the rename literal.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A backslash in a name: " and */ and code.
    #[serde(rename = r#"back\slash"#, default, skip_serializing_if = "Option::is_none")]
    pub back_slash: Option<String>,
    /// The color.U+202E Reversed U+2066textU+2069; C1 controls U+0085 and U+009B; a noncharacter U+FFFE; a comment end */; a line separator
    /// here; a lone CR:
    #[serde(rename = "color", default, skip_serializing_if = "Option::is_none")]
    pub color: Option<crate::models::WidgetColor>,
    #[serde(rename = "then", default, skip_serializing_if = "Option::is_none")]
    pub then: Option<serde_json::Value>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
/// `microsoft.graph.widgetColor`. Documented in `generator/tests/golden/hostile-escape-literals/pages/resources/widgetcolor.md` line 14.
///
/// Members this crate does not list are kept: they read as `Other` with their name and write back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WidgetColor {
    /// A member whose quote would close the match arm.
    /// Value 0.
    Red,
    Blue1,
    /// A member with a bidi control.
    /// Value 2.
    Green,
    /// A member added to the service after this crate was generated.
    Other(String),
}
impl WidgetColor {
    /// The member's name on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            WidgetColor::Red => r#"red""#,
            WidgetColor::Blue1 => "blue|1",
            WidgetColor::Green => "green\u{202e}",
            WidgetColor::Other(other) => other,
        }
    }
}
impl From<&str> for WidgetColor {
    fn from(value: &str) -> Self {
        match value {
            r#"red""# => WidgetColor::Red,
            "blue|1" => WidgetColor::Blue1,
            "green\u{202e}" => WidgetColor::Green,
            other => WidgetColor::Other(other.to_string()),
        }
    }
}
impl serde::Serialize for WidgetColor {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for WidgetColor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<
            'de,
            str,
        > as serde::Deserialize>::deserialize(deserializer)?;
        Ok(WidgetColor::from(value.as_ref()))
    }
}
