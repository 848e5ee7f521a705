//! Types of the `microsoft.graph` namespace in the `intune` area.
/// `microsoft.graph.runAsAccountType`. Documented in `docs-input/resources/runasaccounttype.md` line 18.
///
/// Members this crate does not list are kept: they read as `Other` with their name and write back unchanged.
///
/// An evolvable enum: the service sends members added after `unknownFutureValue` only to requests with the header `Prefer: include-unknown-enum-members`, and `unknownFutureValue` in their place otherwise.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RunAsAccountType {
    /// The script runs in the system context.
    /// Value 0.
    System,
    /// The script runs in the context of the signed-in user.
    /// Value 1.
    User,
    /// Evolvable enumeration sentinel value. Do not use.
    /// Value 2.
    UnknownFutureValue,
    /// A member added to the service after this crate was generated.
    Other(String),
}
impl RunAsAccountType {
    /// The member's name on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            RunAsAccountType::System => "system",
            RunAsAccountType::User => "user",
            RunAsAccountType::UnknownFutureValue => "unknownFutureValue",
            RunAsAccountType::Other(other) => other,
        }
    }
}
impl From<&str> for RunAsAccountType {
    fn from(value: &str) -> Self {
        match value {
            "system" => RunAsAccountType::System,
            "user" => RunAsAccountType::User,
            "unknownFutureValue" => RunAsAccountType::UnknownFutureValue,
            other => RunAsAccountType::Other(other.to_string()),
        }
    }
}
impl serde::Serialize for RunAsAccountType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RunAsAccountType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<
            'de,
            str,
        > as serde::Deserialize>::deserialize(deserializer)?;
        Ok(RunAsAccountType::from(value.as_ref()))
    }
}
