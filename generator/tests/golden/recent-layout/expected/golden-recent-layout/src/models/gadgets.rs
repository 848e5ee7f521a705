//! Types of the `microsoft.graph` namespace in the `gadgets` area.
/// A gadget on a bench.
///
/// `microsoft.graph.gadget`
/// Documented in `generator/tests/golden/recent-layout/docs/v1.0/resources/gadget.md` line 9.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gadget {
    /// The type of the object, `#microsoft.graph.gadget` or a type derived from it.
    pub odata_type: Option<String>,
    /// Identifier of the gadget. Read-only.
    pub id: Option<String>,
    /// Name of the bench. Use bench instead.
    #[deprecated(note = "the docs mark this property deprecated")]
    pub bench_name: Option<String>,
    /// The bench the gadget sits on.
    pub bench: Option<Box<crate::models::GadgetBench>>,
    /// The bench before the last move.
    #[deprecated(note = "the docs mark this property deprecated")]
    pub old_bench: Option<Box<crate::models::GadgetBench>>,
    /// How the gadget runs. The possible values are: idle, busy, unknownFutureValue, turbo. Use the Prefer: include-unknown-enum-members request header to get the following value in this evolvable enum: turbo.
    pub mode: Option<crate::models::GadgetMode>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
#[allow(deprecated)]
impl serde::Serialize for Gadget {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
        crate::members::write(&mut map, "id", &self.id)?;
        crate::members::write(&mut map, "benchName", &self.bench_name)?;
        crate::members::write(&mut map, "bench", &self.bench)?;
        crate::members::write(&mut map, "oldBench", &self.old_bench)?;
        crate::members::write(&mut map, "mode", &self.mode)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for Gadget {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
#[allow(deprecated)]
impl crate::members::ReadMembers for Gadget {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "@odata.type" => crate::members::read(&mut self.odata_type, map),
            "id" => crate::members::read(&mut self.id, map),
            "benchName" => crate::members::read(&mut self.bench_name, map),
            "bench" => crate::members::read(&mut self.bench, map),
            "oldBench" => crate::members::read(&mut self.old_bench, map),
            "mode" => crate::members::read(&mut self.mode, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
}
/// A bench gadgets sit on.
///
/// `microsoft.graph.gadgetBench`
/// Documented in `generator/tests/golden/recent-layout/docs/v1.0/resources/gadgetbench.md` line 8.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GadgetBench {
    /// The type of the object, `#microsoft.graph.gadgetBench` or a type derived from it.
    pub odata_type: Option<String>,
    /// Name of the bench.
    pub name: Option<String>,
    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl serde::Serialize for GadgetBench {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
        crate::members::write(&mut map, "name", &self.name)?;
        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}
impl<'de> serde::Deserialize<'de> for GadgetBench {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}
impl crate::members::ReadMembers for GadgetBench {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "@odata.type" => crate::members::read(&mut self.odata_type, map),
            "name" => crate::members::read(&mut self.name, map),
            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
}
/// `microsoft.graph.gadgetMode`. Documented in `generator/tests/golden/recent-layout/docs/v1.0/resources/gadget.md` line 24.
///
/// Members this crate does not list are kept: they read as `Other` with their name and write back unchanged.
///
/// An evolvable enum: the service sends members added after `unknownFutureValue` only to requests with the header `Prefer: include-unknown-enum-members`, and `unknownFutureValue` in their place otherwise.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GadgetMode {
    /// The gadget waits.
    Idle,
    /// The gadget works.
    Busy,
    /// Evolvable enumeration sentinel value. Don't use.
    UnknownFutureValue,
    /// The gadget works fast.
    Turbo,
    /// A member added to the service after this crate was generated.
    Other(String),
}
impl GadgetMode {
    /// The member's name on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            GadgetMode::Idle => "idle",
            GadgetMode::Busy => "busy",
            GadgetMode::UnknownFutureValue => "unknownFutureValue",
            GadgetMode::Turbo => "turbo",
            GadgetMode::Other(other) => other,
        }
    }
}
impl From<&str> for GadgetMode {
    fn from(value: &str) -> Self {
        match value {
            "idle" => GadgetMode::Idle,
            "busy" => GadgetMode::Busy,
            "unknownFutureValue" => GadgetMode::UnknownFutureValue,
            "turbo" => GadgetMode::Turbo,
            other => GadgetMode::Other(other.to_string()),
        }
    }
}
impl serde::Serialize for GadgetMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for GadgetMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<
            'de,
            str,
        > as serde::Deserialize>::deserialize(deserializer)?;
        Ok(GadgetMode::from(value.as_ref()))
    }
}
