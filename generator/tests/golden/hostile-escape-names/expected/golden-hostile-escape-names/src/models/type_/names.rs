//! Types of the `microsoft.graph.type` namespace in the `names` area.
/// A hostile fixture page.
///
/// `microsoft.graph.type.option`
/// Documented in `generator/tests/golden/hostile-escape-names/pages/resources/option.md` line 8.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OptionType {
    /// The type of the object, `#microsoft.graph.type.option` or a type derived from it.
    #[serde(rename = "@odata.type", default, skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    /// Key.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// NFC spelling.
    #[serde(rename = "caf", default, skip_serializing_if = "Option::is_none")]
    pub caf: Option<String>,
    /// NFD spelling of the same name.
    #[serde(rename = "cafe", default, skip_serializing_if = "Option::is_none")]
    pub cafe: Option<String>,
    /// A superscript two.
    #[serde(rename = "x", default, skip_serializing_if = "Option::is_none")]
    pub x: Option<String>,
    /// A keyword.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A strict keyword.
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    /// The vec.
    #[serde(rename = "box", default, skip_serializing_if = "Option::is_none")]
    pub r#box: Option<Box<crate::models::type_::VecType>>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
/// A hostile fixture page.
///
/// `microsoft.graph.type.vec`
/// Documented in `generator/tests/golden/hostile-escape-names/pages/resources/vec.md` line 8.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VecType {
    /// The type of the object, `#microsoft.graph.type.vec` or a type derived from it.
    #[serde(rename = "@odata.type", default, skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    /// Key.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// A result.
    #[serde(rename = "result", default, skip_serializing_if = "Option::is_none")]
    pub result: Option<crate::models::type_::ResultEnum>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
/// `microsoft.graph.type.result`. Documented in `generator/tests/golden/hostile-escape-names/pages/resources/result.md` line 14.
///
/// Members this crate does not list are kept: they read as `Other` with their name and write back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ResultEnum {
    /// Fine.
    /// Value 0.
    Ok,
    /// Not fine.
    /// Value 1.
    Err,
    /// A vulgar half.
    /// Value 2.
    N,
    /// A circled one.
    /// Value 3.
    N_,
    /// NFC.
    /// Value 4.
    Cafe,
    /// NFD.
    /// Value 5.
    Cafe_,
    /// A member added to the service after this crate was generated.
    Other(String),
}
impl ResultEnum {
    /// The member's name on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            ResultEnum::Ok => "ok",
            ResultEnum::Err => "err",
            ResultEnum::N => "½",
            ResultEnum::N_ => "①",
            ResultEnum::Cafe => "Café",
            ResultEnum::Cafe_ => "Café",
            ResultEnum::Other(other) => other,
        }
    }
}
impl From<&str> for ResultEnum {
    fn from(value: &str) -> Self {
        match value {
            "ok" => ResultEnum::Ok,
            "err" => ResultEnum::Err,
            "½" => ResultEnum::N,
            "①" => ResultEnum::N_,
            "Café" => ResultEnum::Cafe,
            "Café" => ResultEnum::Cafe_,
            other => ResultEnum::Other(other.to_string()),
        }
    }
}
impl serde::Serialize for ResultEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ResultEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<
            'de,
            str,
        > as serde::Deserialize>::deserialize(deserializer)?;
        Ok(ResultEnum::from(value.as_ref()))
    }
}
