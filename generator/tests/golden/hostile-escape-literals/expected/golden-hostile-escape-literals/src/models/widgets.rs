//! Types of the `microsoft.graph` namespace in the `widgets` area.
/// A hostile fixture page: U+202EbidiU+202C and a C1 control .
///
/// `microsoft.graph.widget`
/// Documented in `generator/tests/golden/hostile-escape-literals/pages/resources/widget.md` line 8.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Widget {
    /// The type of the object, `#microsoft.graph.widget` or a type derived from it.
    pub odata_type: Option<String>,
    /// Key.
    pub id: Option<String>,
    /// A name whose quote would close the rename literal.
    pub name: Option<String>,
    /// A backslash in a name: " and */ and code.
    pub back_slash: Option<String>,
    /// The color.U+202E Reversed U+2066textU+2069; C1 controls U+0085 and U+009B; a noncharacter U+FFFE; a comment end */; a line separator
    /// here; a lone CR:
    pub color: Option<crate::models::WidgetColor>,
    pub then: Option<serde_json::Value>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for Widget {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
        crate::members::write(&mut map, "id", &self.id)?;
        crate::members::write(&mut map, "name", &self.name)?;
        crate::members::write(&mut map, r#"back\slash"#, &self.back_slash)?;
        crate::members::write(&mut map, "color", &self.color)?;
        crate::members::write(&mut map, "then", &self.then)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for Widget {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
impl crate::members::ReadMembers for Widget {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "@odata.type" => crate::members::read(&mut self.odata_type, map),
            "id" => crate::members::read(&mut self.id, map),
            "name" => crate::members::read(&mut self.name, map),
            r#"back\slash"# => crate::members::read(&mut self.back_slash, map),
            "color" => crate::members::read(&mut self.color, map),
            "then" => crate::members::read(&mut self.then, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
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
